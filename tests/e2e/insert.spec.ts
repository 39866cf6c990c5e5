import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openReplica, sendToTab, tabIdOf } from './browser';
import { EDITORS, type EditorCase, lines } from './editors';

// Issue #4: insertion lands in each editor's own model, keeps line breaks and formatting,
// replaces a typed abbreviation, leaves the caret at the cursor mark, and one Ctrl+Z
// takes it out again. Insertions are started the way the side panel starts them: a
// message from the extension to the tab's content script.

interface Outcome {
  ok: boolean;
  strategy?: string;
  reason?: string;
  message?: string;
  copiedToClipboard?: boolean;
}

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

async function open(
  editor: EditorCase,
): Promise<{ page: Page; insert(data: object): Promise<Outcome>; replace(text: string): Promise<Outcome> }> {
  const page = await openReplica(ext.context, editor.url);
  const tabId = await tabIdOf(ext, page);
  await editor.box(page).click();
  return {
    page,
    insert: (data) => sendToTab<Outcome>(ext, tabId, 'insert.apply', data),
    replace: (text) => sendToTab<Outcome>(ext, tabId, 'draft.replace', { text }),
  };
}

const MULTI = 'Hallo Jonas,\n\nes tut mir sehr leid.\nIch melde mich morgen.\n\nViele Grüße\nJana';
const HTML =
  '<p>Hallo <strong>Jonas</strong>,</p><ul><li>Futter spenden</li><li>Betrag erstatten</li></ul>' +
  '<p><a href="https://shop.example/ruecksendung" onclick="steal()">Rücksendeschein</a></p>' +
  '<script>window.pwned = true</script><img src="x" onerror="window.pwned = true">';
const undoKey = 'Control+z';
const REWRITE = 'Hallo Frau Krause,\n\nda ist etwas schiefgelaufen.\nIch kümmere mich darum.';

describe.each(EDITORS)('insertion into $name', (editor) => {
  // On a strict page the same editor ran every case without the policy: there the cases the
  // policy can break run (HTML through Trusted Types, the paste and undo path, the caret).
  // (Defined only where they run, so that no case shows as skipped.)
  const everywhere = (name: string, test: () => Promise<void>) => {
    if (!editor.strict) it(name, test);
  };
  // The side panel's rewrite of the whole draft (issue #16: an editor that takes the DOM
  // selection late kept the old draft in front of the rewrite).
  everywhere('replaces the whole draft with a rewrite, nothing of the old draft left', async () => {
    const { page, replace } = await open(editor);
    await page.keyboard.type('Sie befolgen unseren Prozess nicht!');
    await expect.poll(async () => (await editor.model(page)).text).toContain('Prozess nicht');
    expect(await replace(REWRITE)).toMatchObject({ ok: true });
    const { text } = await editor.model(page);
    expect(text).not.toContain('Prozess');
    if (editor.name === 'input') expect(text).toBe(lines(REWRITE).join(' '));
    else expect(lines(text)).toEqual(lines(REWRITE));
    await page.close();
  });

  everywhere('inserts a single line into the model, with the caret after it', async () => {
    const { page, insert } = await open(editor);
    const outcome = await insert({ text: 'Guten Tag Jonas Weber' });
    expect(outcome).toMatchObject({ ok: true });
    expect((await editor.model(page)).text).toBe('Guten Tag Jonas Weber');
    await page.keyboard.type('!');
    await expect.poll(async () => (await editor.model(page)).text).toBe('Guten Tag Jonas Weber!');
    await page.close();
  });

  it('keeps the lines of a multi-line snippet, and one Ctrl+Z removes it', async () => {
    const { page, insert } = await open(editor);
    expect(await insert({ text: MULTI })).toMatchObject({ ok: true });
    const model = await editor.model(page);
    if (editor.name === 'input') {
      // An <input> holds one line: the lines are joined with spaces, none lost.
      expect(model.text).toBe('Hallo Jonas, es tut mir sehr leid. Ich melde mich morgen. Viele Grüße Jana');
    } else if (editor.name.includes('textarea')) {
      expect(model.text).toBe(MULTI);
    } else {
      expect(lines(model.text)).toEqual(lines(MULTI));
    }
    await page.keyboard.press(undoKey);
    await expect.poll(async () => lines((await editor.model(page)).text)).toEqual([]);
    await page.close();
  });

  it('inserts sanitised HTML with the formatting the editor accepts', async () => {
    const { page, insert } = await open(editor);
    expect(await insert({ text: 'Hallo Jonas', html: HTML })).toMatchObject({ ok: true });
    const model = await editor.model(page);
    expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(model.html).not.toMatch(/script|onerror|onclick|steal/);
    if (editor.rich) {
      // Quill's serialiser writes every space as &nbsp;.
      model.html = model.html.replace(/&nbsp;/g, ' ');
      expect(model.html).toMatch(/<(strong|b)>Jonas<\/(strong|b)>/);
      expect(model.html).toMatch(/<li[^>]*>(<p>)?Futter spenden/);
      expect(lines(model.text)).toEqual(['Hallo Jonas,', 'Futter spenden', 'Betrag erstatten', 'Rücksendeschein']);
    } else {
      const plain =
        'Hallo Jonas,\n• Futter spenden\n• Betrag erstatten\nRücksendeschein (https://shop.example/ruecksendung)';
      expect(model.text).toBe(editor.name === 'input' ? plain.replace(/\n/g, ' ') : plain);
    }
    await page.close();
  });

  everywhere('replaces a typed abbreviation', async () => {
    const { page, insert } = await open(editor);
    await page.keyboard.type('Vorab: vg');
    await expect.poll(async () => (await editor.model(page)).text).toBe('Vorab: vg');
    expect(await insert({ text: 'Viele Grüße', replaceChars: 2 })).toMatchObject({ ok: true });
    expect((await editor.model(page)).text).toBe('Vorab: Viele Grüße');
    await page.close();
  });

  it('leaves the caret at the cursor mark', async () => {
    const { page, insert } = await open(editor);
    expect(await insert({ text: 'Hallo , wie geht es Ihnen?', cursor: 6 })).toMatchObject({ ok: true });
    await page.keyboard.type('Jonas');
    await expect.poll(async () => (await editor.model(page)).text).toBe('Hallo Jonas, wie geht es Ihnen?');
    await page.close();
  });
});

describe('when insertion cannot work', () => {
  it('tells the agent and puts the text on the clipboard for a read-only box', async () => {
    const editor = EDITORS[0]!;
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://acme.zendesk.com' });
    const page = await openReplica(ext.context, editor.url);
    const tabId = await tabIdOf(ext, page);
    await page.locator('#readonly').click();
    const outcome = await sendToTab<Outcome>(ext, tabId, 'insert.apply', { text: 'Viele Grüße, Jana' });
    expect(outcome).toMatchObject({ ok: false, reason: 'read-only', copiedToClipboard: true });
    expect(outcome.message).toMatch(/read-only|schreibgeschützt/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Viele Grüße, Jana');
    expect(await page.locator('#readonly').inputValue()).toBe('Gesperrt');
    await page.close();
  });
});
