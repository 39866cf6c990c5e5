import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPage, launchWithExtension } from '../e2e/browser';
import { generateSnippets } from './corpus/snippets';
import type { BenchResult } from './types';

// Issue #20 (was #8's 3 s): 10,000 snippets import in at most 1 second in Chromium, through the options
// page as an agent does it: pick the file, see the dry run, press Import. Reference: the
// dry run (read, parse, validate and plan) of the same file in the same run.
// Needs `npm run build`.

const SIZE = 10_000;

export default async function importInChromium(): Promise<BenchResult[]> {
  // The serialiser's module chain loads the settings store, which needs an extension API.
  (globalThis as unknown as { chrome: unknown }).chrome ??= fakeBrowser;
  const { serializeTonlage } = await import('../../lib/formats/tonlage-json');
  const dir = mkdtempSync(join(tmpdir(), 'tonlage-import-'));
  const file = join(dir, 'tonlage-10k.json');
  writeFileSync(file, serializeTonlage({ kind: 'library', exportedAt: 0, snippets: generateSnippets(SIZE) }));
  const browser = await launchWithExtension();
  try {
    const page = await extensionPage(browser, 'options.html');
    await page.getByRole('tab', { name: /^(Import & export|Import & Export)$/ }).click();
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page
      .getByTestId('plan-new')
      // Shown in the agent's number format ("10,000" or "10.000").
      .filter({ hasText: new RegExp(`^${SIZE.toLocaleString('en').replace(/,/g, '[.,\\s]?')}$`) })
      .waitFor({ timeout: 60_000 });
    const dryRunMs = Date.now() - started;
    const button = page.getByRole('button', { name: /^(Import|Importieren)$/ });
    const clicked = Date.now();
    await button.click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    const importMs = Date.now() - clicked;
    return [
      {
        name: `import ${SIZE} snippets after the dry run, click to done (Chromium IndexedDB)`,
        value: importMs,
        unit: 'ms',
        reference: { name: 'dry run of the same file (read, parse, validate, plan)', value: dryRunMs },
        target: '<= 1000 ms',
        pass: importMs <= 1000,
      },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
