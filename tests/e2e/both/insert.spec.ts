import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, launch } from '../drivers';
import { sendToTab } from '../drivers/extension';
import { EDITORS, lines } from '../editors';
import { type BothEditor, clickInto, editorsFor } from './editors';

// Issues #4 and #17, in Chromium and Firefox: an insertion started the way the side panel
// starts it lands in each editor's own model, keeps its lines, and leaves the caret after it;
// a rewrite from the panel's draft check replaces the whole draft in the model.

interface Outcome {
  ok: boolean;
  strategy?: string;
  message?: string;
}

const REWRITE = 'Hallo Frau Krause,\n\nda ist etwas schiefgelaufen.\nIch kümmere mich darum.';
const MULTI = 'Hallo Jonas,\n\nes tut mir sehr leid.\nIch melde mich morgen.\n\nViele Grüße\nJana';

describe.each(BROWSERS)('insertion in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  async function open(editor: BothEditor) {
    const tab = await driver.open(editor.url);
    const tabId = await driver.tabIdOf(tab);
    await clickInto(editor, tab);
    return {
      tab,
      insert: (data: object) => sendToTab<Outcome>(driver, tabId, 'insert.apply', data),
      replace: (text: string) => sendToTab<Outcome>(driver, tabId, 'draft.replace', { text }),
    };
  }

  // Chromium runs every editor, with more cases, in ../insert.spec.ts. Here it keeps one page
  // editor and the iframe editor, so this spec's own way in (the driver) stays checked in both.
  const covered = new Set(
    name === 'chromium' ? EDITORS.map((e) => e.name).filter((n) => n !== 'textarea' && n !== 'tinymce') : [],
  );
  describe.each(editorsFor(name).filter((e) => !covered.has(e.name)))('into $name', (editor) => {
    it('inserts a line into the model, with the caret after it', async () => {
      const { tab, insert } = await open(editor);
      expect(await insert({ text: 'Guten Tag Jonas Weber' })).toMatchObject({ ok: true });
      expect(await editor.model(tab)).toBe('Guten Tag Jonas Weber');
      await tab.type('!');
      await expect.poll(() => editor.model(tab)).toBe('Guten Tag Jonas Weber!');
      await tab.close();
    });

    it('keeps the lines of a multi-line snippet', async () => {
      const { tab, insert } = await open(editor);
      expect(await insert({ text: MULTI })).toMatchObject({ ok: true });
      const text = await editor.model(tab);
      if (editor.name === 'input') expect(text).toBe(lines(MULTI).join(' '));
      else expect(lines(text)).toEqual(lines(MULTI));
      await tab.close();
    });

    it('replaces the whole draft with a rewrite', async () => {
      const { tab, replace } = await open(editor);
      await tab.type('Sie befolgen unseren Prozess nicht!');
      await expect.poll(() => editor.model(tab)).toContain('Prozess nicht');
      expect(await replace(REWRITE)).toMatchObject({ ok: true });
      const text = await editor.model(tab);
      if (editor.name === 'input') expect(text).toBe(lines(REWRITE).join(' '));
      else expect(lines(text)).toEqual(lines(REWRITE));
      await tab.close();
    });
  });
});
