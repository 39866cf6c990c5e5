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

const zendesk = await openReplica(ext.context, `${ZENDESK_URL}4711`);
const panel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, zendesk)}`);
await panel.setViewportSize({ width: 400, height: 860 });
await panel.getByTestId('context-card').waitFor();
await shot(zendesk, '1-zendesk-replica');
await shot(panel, '2-side-panel-zendesk');

const gmail = await openReplica(ext.context, GMAIL_URL);
const gmailPanel = await extensionPage(ext, `sidepanel.html?tabId=${await tabIdOf(ext, gmail)}`);
await gmailPanel.setViewportSize({ width: 400, height: 860 });
await gmailPanel.getByTestId('context-card').waitFor();
await shot(gmail, '3-gmail-replica');
await shot(gmailPanel, '4-side-panel-gmail');

const options = await extensionPage(ext, 'options.html');
await options.getByRole('heading', { level: 1 }).waitFor();
await shot(options, '5-options');

console.log(`Screenshots written to ${outDir}:`);
for (const file of shots) console.log(`  ${file}`);

if (headless) {
  await ext.close();
} else {
  await zendesk.bringToFront();
  console.log('Chromium is open with Tonlage loaded. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
