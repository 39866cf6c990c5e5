import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../lib/tone/index';
import { confusion, VALENCES, type ValenceLabel } from './metrics';

export function fail(message: string): never {
  console.error(`eval:tone: ${message}`);
  process.exit(2);
}

/** Valence on any TSV with `text` and `valence` columns (npm run eval:tone -- --input FILE). */
export function evalTsv(file: string): void {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const ti = header.indexOf('text');
  const vi = header.indexOf('valence');
  if (ti < 0 || vi < 0)
    fail(
      `${file}: the header must contain tab-separated "text" and "valence" columns (found: ${header.join(', ') || 'nothing'})`,
    );
  if (lines.length < 2) fail(`${file}: no data rows after the header`);
  const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split('\t');
    const unquote = (s: string | undefined) =>
      (s ?? '')
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .replace(/""/g, '"');
    const valence = unquote(cells[vi]).toLowerCase();
    if (cells.length <= Math.max(ti, vi))
      fail(
        `${file}, line ${i + 2}: expected at least ${Math.max(ti, vi) + 1} tab-separated columns, found ${cells.length}`,
      );
    if (!VALENCES.includes(valence as ValenceLabel))
      fail(`${file}, line ${i + 2}: valence must be negative, neutral or positive, found "${valence}"`);
    pairs.push([valence as ValenceLabel, analyzeMessage(unquote(cells[ti])).valence.label]);
  });
  console.log(`=== Valence on ${file} (${pairs.length} rows) ===`);
  confusion(pairs);
}
