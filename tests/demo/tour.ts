import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionPage, GMAIL_URL, launchWithExtension, openReplica, ROOT, tabIdOf, ZENDESK_URL } from '../e2e/browser';

// `npm run demo`: opens Chromium with the built extension on the local helpdesk replicas.
// With a display it stays open for you to try; without one (or with --headless) it runs
// the same tour headless and writes screenshots at viewport size (one full-page shot of the
// side panel), in English and German, light and dark: demo-screenshots/<lang>-<theme>/.
// Issue #19's pieces are in them: the palette's form with a choice and an optional part, the
// draft check pinned above a blaming draft, and the offer of a pause after hostile tickets.
// The bare replica pages look the same in every language and theme and are shot once (en-light).

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

// A template with a choice and an optional part (issue #19's fill-ins), as an agent writes one.
await (
  await ext.serviceWorker()
).evaluate(
  (snippet) =>
    new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tonlage');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('snippets', 'readwrite');
        const now = Date.now();
        tx.objectStore('snippets').put({
          ...snippet,
          format: 'text',
          tags: ['erstattung'],
          language: 'de',
          moods: [],
          createdAt: now,
          updatedAt: now,
          useCount: 0,
        });
        tx.oncomplete = () => {
          open.result.close();
          new BroadcastChannel('tonlage').postMessage({ kind: 'library-changed', tables: ['snippets'] });
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    }),
  {
    id: 'demo-refund-pickup',
    title: 'Erstattung mit Abholung',
    body:
      'Guten Tag {{customer.name}},\n\nIhre Erstattung über {{input:Betrag}} haben wir veranlasst. ' +
      'Die Rücksendung holt {{choice:Versand|DHL|DPD|Hermes}} bei Ihnen ab.' +
      '{{#optional:Gutschein}} Als kleine Entschuldigung legen wir einen Gutschein über 10 € bei.{{/optional}}',
  },
);

for (const [lang, theme] of [
  ['en', 'light'],
  ['de', 'light'],
  ['en', 'dark'],
  ['de', 'dark'],
] as const) {
  await setUi(lang, theme);
  // No run of hostile conversations yet: the last round's offer of a pause is not carried over.
  await (
    await ext.serviceWorker()
  ).evaluate(async () => {
    await chrome.storage.local.remove('gentlerDay');
    await chrome.storage.session.remove('gentlerDaySeen');
  });
  outDir = join(outRoot, `${lang}-${theme}`);
  // The replica pages look the same in every language and theme: shot once, in the first.
  const firstRound = lang === 'en' && theme === 'light';
  mkdirSync(outDir, { recursive: true });

  // 1. The grieving customer (the seed story): the panel reads grief and suggests condolences.
  const grief = await openReplica(ext.context, `${ZENDESK_URL}4711`);
  await grief.setViewportSize({ width: 1280, height: 800 });
  const griefPanel = await panelFor(grief);
  await griefPanel.getByText('Haustier verstorben: Futter spenden statt zurückschicken').first().waitFor();
  if (firstRound) await shot(grief, '1-zendesk-grief-ticket');
  await shot(griefPanel, '2-side-panel-grief');
  if (firstRound) await shot(griefPanel, '2-side-panel-grief-full-page', true);

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
  // The form of a template with a choice and an optional part, one field filled in.
  await palette.locator('input.palette-search').fill('Erstattung Abholung');
  await palette.getByTestId('palette-item').filter({ hasText: 'Erstattung mit Abholung' }).first().waitFor();
  await grief.keyboard.press('Enter');
  await palette.locator('select').waitFor();
  await grief.keyboard.type('23,90 €');
  await palette.getByTestId('palette-preview').getByText('23,90 €').waitFor();
  await shot(grief, '4-palette-fill-in-form');
  const paletteShown = () =>
    grief.evaluate(() => {
      const holder = document.querySelector('tonlage-palette');
      return !!holder && getComputedStyle(holder).visibility === 'visible';
    });
  while (await paletteShown()) await grief.keyboard.press('Escape');

  // 3. The angry customer threatening Instagram: anger, public threat, de-escalation.
  const angry = await openReplica(ext.context, `${ZENDESK_URL}4712`);
  const angryPanel = await panelFor(angry);
  await angryPanel.locator('mark').first().waitFor();
  // The agent starts a reply that blames the customer: the draft check is pinned at the top.
  await angry.bringToFront();
  await angry.locator('.ck-editor__editable:visible').click();
  await angry.keyboard.type('Sie befolgen unseren Prozess nicht!');
  await angryPanel.locator('[data-testid="draft-check"].pinned [data-rule="blame"]').waitFor();
  await shot(angryPanel, '5-side-panel-anger-draft-check');
  // Two more hostile conversations: the panel offers a short pause, once.
  const hostile = [];
  for (const ticket of ['4713', '4725']) hostile.push(await openReplica(ext.context, `${ZENDESK_URL}${ticket}`));
  await angryPanel.bringToFront();
  await angryPanel.getByTestId('gentler-day').waitFor();
  await shot(angryPanel, '6-side-panel-gentler-day');
  // The agent takes the hint and hides it: no later panel shows it again.
  await angryPanel.getByTestId('gentler-day').getByRole('button').click();
  await angryPanel.getByTestId('gentler-day').waitFor({ state: 'detached' });

  // 4. Gmail.
  const gmail = await openReplica(ext.context, GMAIL_URL);
  await gmail.setViewportSize({ width: 1280, height: 800 });
  const gmailPanel = await panelFor(gmail);
  if (firstRound) await shot(gmail, '7-gmail-replica');
  await shot(gmailPanel, '8-side-panel-gmail');

  // 5. The library manager: folders, the list, an HTML snippet in the rich-text editor.
  const options = await extensionPage(ext, 'options.html');
  await options.setViewportSize({ width: 1440, height: 900 });
  await options.locator('[data-testid="snippet-count"][data-state="complete"]').waitFor();
  await shot(options, '9-library-manager');
  await options.locator('[data-testid="folder"][data-path="Billing::Refunds"]').click();
  await options.getByRole('listbox').getByRole('option').first().click();
  await options.getByTestId('rich-body').waitFor();
  await shot(options, '10-rich-text-editor');
  await options.getByRole('tab', { name: /^(Settings|Einstellungen)$/ }).click();
  await shot(options, '11-settings');

  if (!headless && firstRound) break;
  await Promise.all(
    [grief, angry, ...hostile, gmail, griefPanel, angryPanel, gmailPanel, options].map((p) => p.close()),
  );
}

console.log(`Screenshots written to ${outRoot}:`);
for (const file of shots) console.log(`  ${file}`);

if (headless) {
  await ext.close();
} else {
  console.log('Chromium is open with Tonlage loaded. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
