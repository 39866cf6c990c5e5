import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// User-facing text lives in the catalogue (lib/i18n). This check reads every string literal
// under lib/ and flags the ones that look like an English sentence for the agent: a capital
// letter, at least four words, ending in ".", "?" or "!". Not checked: lib/i18n (the
// catalogue, en.ts and de.ts), lib/starter (the starter library's content, in both
// languages by design) and lib/tone/data (lexicons and patterns, not messages). Developer-facing errors (a broken
// protocol, an unsupported pattern) name code, not the agent, and do not end in a full stop.
// Lower layers return { code, params } (lib/i18n/notice.ts) instead.

const ROOT = join(import.meta.dirname, '../../../lib');
const SKIP = ['i18n', 'starter', 'tone/data'];

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
  it('finds none', () => {
    expect([...found]).toEqual([]);
  });

  it('recognises a sentence for the agent', () => {
    expect(prose(`throw new Error('Click into a reply box first, then insert again.');`)).toHaveLength(1);
    expect(prose(`const selector = 'div.adn.ads'; // Not a sentence for the agent.`)).toHaveLength(0);
  });
});
