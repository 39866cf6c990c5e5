import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// User-facing text lives in the catalogue (lib/i18n). This check reads every string literal
// under lib/ and flags the ones that look like an English sentence for the agent: a capital
// letter, at least four words, ending in ".", "?" or "!". Not checked: lib/i18n (the
// catalogue), lib/starter (the starter library's content, in both languages by design) and
// lib/tone/data (lexicons and patterns, not messages). Developer-facing errors (a broken
// protocol, an unsupported pattern) name code, not the agent, and do not end in a full stop.
//
// PENDING lists the files that still produce prose for the agent (lower layers to be moved
// to { code, params }); the test fails if a file outside it does, and if one in it no longer
// does (so the list only shrinks).

const ROOT = join(import.meta.dirname, '../../../lib');
const SKIP = ['i18n', 'starter', 'tone/data'];
const PENDING = new Set([
  'db/errors.ts',
  'db/notes.ts',
  'db/restore.ts',
  'db/schema.ts',
  'db/snippets.ts',
  'db/usage.ts',
  'formats/csv.ts',
  'formats/decode.ts',
  'formats/detect.ts',
  'formats/espanso.ts',
  'formats/parse-in-worker.ts',
  'formats/plan.ts',
  'formats/tonlage-json.ts',
  'formats/transfer.ts',
  'formats/zendesk.ts',
  'template/messages.ts',
]);

// Errors answered to a sender that is not a tab (a bug or a hostile extension page): no agent reads them.
const NOT_FOR_THE_AGENT = new Set(['background/handlers.ts']);

const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const SENTENCE = /^[A-Z][a-z’']*(?:[\s,;:—–-]+[^\s]+){3,}[.?!]$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function prose(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, '$1');
  return (code.match(LITERAL) ?? [])
    .map((literal) =>
      literal
        .slice(1, -1)
        .replace(/\$\{[^}]*\}/g, 'X')
        .trim(),
    )
    .filter((text) => SENTENCE.test(text));
}

const found = new Map(
  files(ROOT)
    .map((file) => relative(ROOT, file))
    .filter((file) => !SKIP.some((dir) => file.startsWith(`${dir}/`)) && !NOT_FOR_THE_AGENT.has(file))
    .map((file) => [file, prose(readFileSync(join(ROOT, file), 'utf8'))] as const)
    .filter(([, hits]) => hits.length > 0),
);

describe('no user-facing prose under lib/ outside the catalogue', () => {
  it('finds none outside the pending files', () => {
    const offenders = [...found].filter(([file]) => !PENDING.has(file));
    expect(offenders).toEqual([]);
  });

  it('the pending list holds only files that still produce prose', () => {
    expect([...PENDING].filter((file) => !found.has(file))).toEqual([]);
  });

  it('recognises a sentence for the agent', () => {
    expect(prose(`throw new Error('Click into a reply box first, then insert again.');`)).toHaveLength(1);
    expect(prose(`const selector = 'div.adn.ads'; // Not a sentence for the agent.`)).toHaveLength(0);
  });
});
