import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './types';

// Runs every tests/bench/*.bench.ts (or those whose name contains an argument) and prints
// each figure with its same-run reference and ratio. `--json` adds JSON lines.

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));

function format(r: BenchResult): string {
  const value = `${r.value.toFixed(r.value < 10 ? 3 : 1)} ${r.unit}`;
  const ref = r.reference
    ? `  vs ${r.reference.name} ${r.reference.value.toFixed(3)} ${r.unit} (ratio ${(r.reference.value / r.value).toFixed(1)}x)`
    : '';
  const target = r.target ? `  target ${r.target}: ${r.pass ? 'met' : 'NOT met'}` : '';
  return `${r.name}: ${value}${ref}${target}`;
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  let results: BenchResult[];
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
    results = await mod.default();
  } catch (error) {
    console.log(`FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    failed++;
    continue;
  }
  for (const result of results) {
    console.log(format(result));
    if (json) {
      console.log(
        JSON.stringify({
          name: result.name,
          value: result.value,
          unit: result.unit,
          reference: result.reference?.value ?? null,
          referenceName: result.reference?.name ?? null,
          target: result.target ?? null,
          pass: result.pass ?? null,
        }),
      );
    }
    if (result.pass === false) failed++;
  }
}
console.log(`\n${files.length} benchmark files, ${failed} targets not met`);
