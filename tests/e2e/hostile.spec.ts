import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterEntries } from '../../lib/starter/entries';
import { type ExtensionBrowser, HOSTILE_URL, launchWithExtension, openReplica } from './browser';

// Issue #13: a page under a helpdesk URL whose own script attacks Tonlage
// (fixtures/pages/hostile/main.ts, window.hostile). Everything it dispatches is untrusted;
// only Playwright's keyboard and mouse stand for the agent. The page must get no snippet
// text, no shortcut oracle, no handle on the palette, and the agent's draft stays theirs.

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const HOTKEY = 'Control+Shift+Space';
const SHORTCUTS = [...new Set(starterEntries().flatMap((e) => (e.shortcut ? [e.shortcut] : [])))];
const NOT_SHORTCUTS = ['hallo', 'danke', 'ae-ers', 'zzz-nichts'];
const TOAST = /closed the palette because the page hid or covered it|Palette geschlossen, weil die Seite sie/;

const draft = (page: Page) => page.locator('#draft').inputValue();
const paletteFrame = (page: Page) => page.frames().find((f) => f.url().endsWith('/palette.html'));
const paletteVisible = async (page: Page) => {
  const frame = paletteFrame(page);
  return frame ? (await frame.frameElement()).isVisible() : false;
};
/** What the page heard, except the events of the agent's own typing in the draft. */
const overheard = (page: Page) =>
  page.evaluate(() => window.hostile.probe.heard.filter((line) => !line.includes('@draft')));

/** The text a screen reader would find on the page, closed shadow roots included (the toast). */
async function spokenText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes.map((n) => (n.role?.value === 'StaticText' ? (n.name?.value ?? '') : '')).join(' ');
}

async function openHostile(): Promise<Page> {
  const page = await openReplica(ext.context, HOSTILE_URL);
  await page.locator('#draft').click();
  return page;
}

/** The agent's own palette: real hotkey, and wait until its search box has the keyboard. */
async function agentOpensPalette(page: Page): Promise<Frame> {
  await page.keyboard.press(HOTKEY);
  await expect.poll(() => paletteVisible(page)).toBe(true);
  const frame = paletteFrame(page)!;
  await frame.waitForFunction(() => document.hasFocus() && document.activeElement?.tagName === 'INPUT');
  return frame;
}

/**
 * The agent expands a shortcut with real keys in the draft. Once it has arrived, anything
 * the page started before it has had every chance to act.
 */
async function agentExpands(page: Page): Promise<void> {
  await page.locator('#draft').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ae-erst');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await draft(page)).length).toBeGreaterThan(100);
  expect(await draft(page)).not.toContain('ae-erst');
}

describe('a hostile page', () => {
  it('cannot expand any starter shortcut with a synthetic Tab, nor tell shortcuts from other words', async () => {
    const page = await openHostile();
    expect(SHORTCUTS.length).toBeGreaterThanOrEqual(10);
    const answers = await page.evaluate(
      (words) => words.flatMap((w) => [window.hostile.tryWord(w, 'text'), window.hostile.tryWord(w, 'rich')]),
      [...SHORTCUTS, ...NOT_SHORTCUTS],
    );
    // No oracle: every word, shortcut or not, gets the answer of a key nobody claimed.
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ returned: true, prevented: false })]),
    );
    await agentExpands(page);
    const last = NOT_SHORTCUTS.at(-1)!;
    expect(await page.evaluate(() => window.hostile.trapText())).toEqual({ text: last, rich: last });
    expect(await overheard(page)).toEqual([]);
    await page.close();
  });

  it('cannot expand, open the palette or insert with synthetic hotkey, focus, paste and input events', async () => {
    const page = await openHostile();
    await page.keyboard.type('Sehr geehrte');
    await page.evaluate(() => {
      const box = document.querySelector<HTMLTextAreaElement>('#draft')!;
      box.value = 'ae-erst';
      box.setSelectionRange(7, 7);
    });
    const answers = await page.evaluate(() => window.hostile.synthetic('ae-erst'));
    expect(answers).toEqual(Array(4).fill({ returned: true, prevented: false }));
    // The agent's real key afterwards proves the extension was listening all along.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await draft(page)).length).toBeGreaterThan(100);
    expect(await paletteVisible(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
    await page.close();
  });

  it('learns no extension address and cannot drive the palette with postMessage', async () => {
    const page = await openHostile();
    await page.keyboard.type('Hallo');
    // The agent opened the palette once: the frame exists, loaded and paired.
    await agentOpensPalette(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => paletteVisible(page)).toBe(false);
    const seen = await page.evaluate(() => window.hostile.inventory());
    const everything = JSON.stringify(seen);
    expect(everything).not.toContain(ext.extensionId);
    expect(everything).not.toContain('-extension://');
    expect(seen.holderShadow).toBe('null');
    expect(seen.frames.every((href) => href === 'no')).toBe(true);

    const frames = await page.evaluate(() => window.hostile.postToFrames());
    await page.evaluate(() => window.hostile.focusFrames());
    // The agent goes on typing in the draft: nothing the page posted opened the palette.
    await page.locator('#draft').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await agentExpands(page);
    expect(await paletteVisible(page)).toBe(false);
    expect(await draft(page)).toMatch(/^Hallo\n ?\S/);
    // Opened by the agent, the palette shows their (empty) query, not the page's.
    const palette = await agentOpensPalette(page);
    expect(await palette.locator('input').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    // Nothing was ever posted to the page but its own messages.
    const heard = await overheard(page);
    expect(
      heard.filter((l) => l.startsWith('message') && !l.startsWith('message from https://acme.zendesk.com')),
    ).toEqual([]);
    expect(heard.filter((l) => l.startsWith('message')).length).toBe(4);
    // The frame sits in a closed shadow root: the page has not even a window handle on it.
    expect(frames).toBe(0);
    await page.close();
  });

  it('cannot embed a palette of its own, even knowing the public extension id', async () => {
    const page = await openHostile();
    await page.evaluate((id) => {
      const frame = document.createElement('iframe');
      frame.id = 'own-palette';
      frame.name = 'a1b2c3d4-e5f6-4789-abcd-0123456789ab';
      frame.src = `chrome-extension://${id}/palette.html`;
      document.body.append(frame);
    }, ext.extensionId);
    const own = page.locator('#own-palette');
    const frame = await (await own.elementHandle())!.contentFrame();
    // Chrome refuses the static address (only the per-session one is web-accessible).
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    await page.close();
  });

  it('cannot hide an open palette with its CSS or by restyling the holder', async () => {
    const page = await openHostile();
    await page.keyboard.type('Hallo ');
    const palette = await agentOpensPalette(page);
    await page.evaluate(() => {
      window.hostile.css(
        'tonlage-palette { opacity: 0 !important; visibility: hidden !important; display: none !important;' +
          ' clip-path: inset(50%) !important; transform: scale(0.01) !important; width: 1px !important;' +
          ' height: 1px !important; overflow: hidden !important; filter: opacity(0) !important }',
      );
      window.hostile.restyleHolder('opacity: 0; visibility: hidden');
    });
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('tonlage-palette')!);
      return [s.opacity, s.visibility, s.display, s.clipPath, s.filter, s.transform.startsWith('matrix(1, 0, 0, 1,')];
    });
    expect(style).toEqual(['1', 'visible', 'block', 'none', 'none', true]);
    // Still the agent's palette, still working.
    await page.keyboard.type('Entschuldigung');
    await expect.poll(() => palette.getByTestId('palette-item').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await draft(page)).length).toBeGreaterThan(20);
    expect(await paletteVisible(page)).toBe(false);
    await page.close();
  });

  const HIDINGS: [string, string][] = [
    ['a transparent root element', 'window.hostile.css("html { opacity: 0.05 !important }")'],
    ['a filter on the root element', 'window.hostile.css("html { filter: opacity(0) !important }")'],
    ['a shrinking transform on the root element', 'window.hostile.css("html { transform: scale(0.05) !important }")'],
    ['an overlay', 'window.hostile.cover(false)'],
    ['an overlay the pointer passes through', 'window.hostile.cover(true)'],
  ];

  for (const [how, attack] of HIDINGS) {
    it(`hidden by ${how} before it opens, the palette takes no keys, gives the focus back and says so`, async () => {
      const page = await openHostile();
      await page.keyboard.type('Hallo');
      await page.evaluate(attack);
      await page.keyboard.press(HOTKEY);
      await expect.poll(() => spokenText(page), { timeout: 5000 }).toMatch(TOAST);
      await expect.poll(() => paletteVisible(page)).toBe(false);
      await page.keyboard.type(' Welt');
      await page.keyboard.press('Enter');
      expect(await draft(page)).toBe('Hallo Welt\n');
      await page.close();
    });
  }

  it('covered while the agent types in it, the palette closes before Enter can insert', async () => {
    const page = await openHostile();
    await page.keyboard.type('Hallo');
    const palette = await agentOpensPalette(page);
    await page.keyboard.type('Entschuldigung');
    await expect.poll(() => palette.getByTestId('palette-item').count()).toBeGreaterThan(0);
    await page.evaluate(() => window.hostile.cover(true));
    await expect.poll(() => spokenText(page), { timeout: 5000 }).toMatch(TOAST);
    await expect.poll(() => paletteVisible(page)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await draft(page)).toBe('Hallo\n');
    await page.close();
  });

  it('removing the holder closes the palette; it is re-created and works for the agent', async () => {
    const page = await openHostile();
    await page.keyboard.type('Hallo ');
    await agentOpensPalette(page);
    expect(await page.evaluate(() => window.hostile.removeHolder())).toBe(true);
    await expect.poll(() => spokenText(page), { timeout: 5000 }).toMatch(TOAST);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft');
    await expect.poll(() => page.evaluate(() => window.hostile.holderCount())).toBe(1);
    const palette = await agentOpensPalette(page);
    await page.keyboard.type('Entschuldigung');
    await expect.poll(() => palette.getByTestId('palette-item').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await draft(page)).length).toBeGreaterThan(20);
    expect(await draft(page)).toMatch(/^Hallo \S/);
    await page.close();
  });

  it('reads no library from storage or broadcasts while the agent inserts', async () => {
    const page = await openHostile();
    const before = await page.evaluate(() => window.hostile.storage());
    await agentExpands(page);
    const text = await draft(page);
    const after = await page.evaluate(() => window.hostile.storage());
    expect(before.dbs).not.toContain('tonlage');
    expect(after.dbs).not.toContain('tonlage');
    const leaked = JSON.stringify([before, after, await overheard(page)]);
    // Only the draft itself holds the inserted text.
    expect(leaked).not.toContain(text.trim().slice(0, 30));
    await page.close();
  });
});

describe("the agent's own keys on the same page", () => {
  it('still expand a shortcut, open the palette and insert', async () => {
    const page = await openHostile();
    await agentExpands(page);
    const expanded = await draft(page);
    await page.keyboard.press('Enter');
    const palette = await agentOpensPalette(page);
    await page.keyboard.type('Entschuldigung');
    await expect.poll(() => palette.getByTestId('palette-item').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await draft(page)).length).toBeGreaterThan(expanded.length + 20);
    expect(await paletteVisible(page)).toBe(false);
    await page.close();
  });
});
