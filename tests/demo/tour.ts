import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionPage, GMAIL_URL, launchWithExtension, openReplica, ROOT, tabIdOf, ZENDESK_URL } from '../e2e/browser';

// `npm run demo`: opens Chromium with the built extension on the local helpdesk replicas.
// With a display it stays open for you to try; without one (or with --headless) it runs
// the same tour headless and writes screenshots at viewport size (one full-page shot of the
// side panel), in English and German, light and dark: demo-screenshots/<lang>-<theme>/.

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outRoot = join(ROOT, 'demo-screenshots');

const ext = await launchWithExtension({ headless });
const shots: string[] = [];
let outDir = outRoot;
async function shot(page: Page, name: string, full = false): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: full });
  shots.push(file);
}
async function panelFor(page: Page): Promise<Page> {
  const panel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.getByTestId('context-card').waitFor();
  return panel;
}
async function setUi(uiLanguage: 'en' | 'de', theme: 'light' | 'dark'): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(
    async (patch) => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
    },
    { uiLanguage, theme },
  );
}

// The Zendesk macros sample, so the library manager shows folders and an HTML snippet.
const setup = await extensionPage(ext, 'options.html');
await setup.getByRole('tab', { name: /Import/ }).click();
await setup.getByTestId('import-file').setInputFiles(join(ROOT, 'tests/fixtures/import/zendesk-macros.json'));
await setup.getByTestId('dry-run').waitFor();
await setup.getByRole('button', { name: /^(Import|Importieren)$/ }).click();
await setup.getByTestId('import-done').waitFor();
await setup.close();

for (const [lang, theme] of [
  ['en', 'light'],
  ['de', 'light'],
  ['en', 'dark'],
  ['de', 'dark'],
] as const) {
  await setUi(lang, theme);
  outDir = join(outRoot, `${lang}-${theme}`);
  mkdirSync(outDir, { recursive: true });

  // 1. The grieving customer (the seed story): the panel reads grief and suggests condolences.
  const grief = await openReplica(ext.context, `${ZENDESK_URL}4711`);
  await grief.setViewportSize({ width: 1280, height: 800 });
  const griefPanel = await panelFor(grief);
  await griefPanel.getByText('Haustier verstorben: Futter spenden statt zurückschicken').first().waitFor();
  await shot(grief, '1-zendesk-grief-ticket');
  await shot(griefPanel, '2-side-panel-grief');
  if (lang === 'en' && theme === 'light') await shot(griefPanel, '2-side-panel-grief-full-page', true);

  // 2. The palette in the composer, found by a misspelled word.
  await grief.bringToFront();
  await grief.locator('.ck-editor__editable:visible').click();
  await grief.keyboard.press('Control+Shift+Space');
  let palette = grief.frames().find((f) => f.url().endsWith('/palette.html'));
  while (!palette) {
    await grief.waitForEvent('frameattached');
    palette = grief.frames().find((f) => f.url().endsWith('/palette.html'));
  }
  await palette.locator('input.palette-search').fill('verstorbn');
  await palette.getByTestId('palette-item').first().waitFor();
  await shot(grief, '3-palette-in-zendesk');
  await grief.keyboard.press('Escape');

  // 3. The angry customer threatening Instagram: anger, public threat, de-escalation.
  const angry = await openReplica(ext.context, `${ZENDESK_URL}4712`);
  const angryPanel = await panelFor(angry);
  await angryPanel.locator('mark').first().waitFor();
  await shot(angryPanel, '4-side-panel-anger');

  // 4. Gmail.
  const gmail = await openReplica(ext.context, GMAIL_URL);
  await gmail.setViewportSize({ width: 1280, height: 800 });
  const gmailPanel = await panelFor(gmail);
  await shot(gmail, '5-gmail-replica');
  await shot(gmailPanel, '6-side-panel-gmail');

  // 5. The library manager: folders, the list, an HTML snippet in the rich-text editor.
  const options = await extensionPage(ext, 'options.html');
  await options.setViewportSize({ width: 1440, height: 900 });
  await options.locator('[data-testid="snippet-count"][data-state="complete"]').waitFor();
  await shot(options, '7-library-manager');
  await options.locator('[data-testid="folder"][data-path="Billing::Refunds"]').click();
  await options.getByRole('listbox').getByRole('option').first().click();
  await options.getByTestId('rich-body').waitFor();
  await shot(options, '8-rich-text-editor');
  await options.getByRole('tab', { name: /^(Settings|Einstellungen)$/ }).click();
  await shot(options, '9-settings');

  if (!headless && lang === 'en' && theme === 'light') break;
  await Promise.all([grief, angry, gmail, griefPanel, angryPanel, gmailPanel, options].map((p) => p.close()));
}

console.log(`Screenshots written to ${outRoot}:`);
for (const file of shots) console.log(`  ${file}`);

if (headless) {
  await ext.close();
} else {
  console.log('Chromium is open with Tonlage loaded. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
