import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionPage, GMAIL_URL, launchWithExtension, openReplica, ROOT, tabIdOf, ZENDESK_URL } from '../e2e/browser';

// `npm run demo`: opens Chromium with the built extension on the local helpdesk replicas.
// With a display it stays open for you to try; without one (or with --headless) it runs
// the same tour headless and writes screenshots.

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-screenshots');
mkdirSync(outDir, { recursive: true });

const ext = await launchWithExtension({ headless });
const shots: string[] = [];
async function shot(page: Page, name: string): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  shots.push(file);
}
async function panelFor(page: Page): Promise<Page> {
  const panel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, page)}`);
  await panel.setViewportSize({ width: 420, height: 1100 });
  await panel.getByTestId('context-card').waitFor();
  return panel;
}

// 1. The grieving customer (the seed story): the panel reads grief and suggests condolences.
const grief = await openReplica(ext.context, `${ZENDESK_URL}4711`);
const griefPanel = await panelFor(grief);
await griefPanel.getByText('Haustier verstorben: Futter spenden statt zurückschicken').first().waitFor();
await shot(grief, '1-zendesk-grief-ticket');
await shot(griefPanel, '2-side-panel-grief');

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

// 4. Gmail, and the options page.
const gmail = await openReplica(ext.context, GMAIL_URL);
const gmailPanel = await panelFor(gmail);
await shot(gmail, '5-gmail-replica');
await shot(gmailPanel, '6-side-panel-gmail');
const options = await extensionPage(ext, 'options.html');
await options.getByRole('heading', { level: 1 }).waitFor();
await shot(options, '7-options');

console.log(`Screenshots written to ${outDir}:`);
for (const file of shots) console.log(`  ${file}`);

if (headless) {
  await ext.close();
} else {
  await grief.bringToFront();
  console.log('Chromium is open with Tonlage loaded. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
