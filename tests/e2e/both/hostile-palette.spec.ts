import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Driver, launch } from '../drivers';
import {
  agentOpensPalette,
  agentSearches,
  attack,
  draft,
  HOTKEY,
  type Move,
  openHostile,
  paletteOpen,
  TOAST,
  toast,
} from './hostile';

// Issue #13, in Chromium and Firefox: the page hides, covers or removes the palette. While
// the agent cannot see it, it takes no keys and inserts nothing; it closes, gives the focus
// back and says so. Overlays below the top layer, where the palette is shown, cannot cover it.

const COVER = 'content:"";position:absolute;inset:0;background:#fff';

const BEFORE_OPEN: [string, Move][] = [
  ['a transparent root element', ['css', 'html { opacity: 0.05 !important }']],
  ['a filter on the root element', ['css', 'html { filter: opacity(0) !important }']],
  ['a shrinking transform on the root element', ['css', 'html { transform: scale(0.05) !important }']],
  ['a box its CSS adds to the holder', ['css', `tonlage-palette::after { ${COVER} }`]],
];

const WHILE_TYPING: [string, Move, Move?][] = [
  ['an overlay in the top layer', ['coverOnTop', false]],
  ['a pointer-transparent overlay in the top layer', ['coverOnTop', true]],
  ['a pointer-transparent overlay in the top layer, in a closed shadow root', ['coverOnTop', true, true]],
  ['its own popover shown again above the palette', ['raiseMenu'], ['openMenu']],
  ['a box its CSS adds to the holder', ['css', `tonlage-palette::before { ${COVER} }`]],
  ['taking the holder out of the top layer', ['demoteHolder']],
  ['a modal dialog', ['modal']],
];

describe.each(BROWSERS)('the palette on a hostile page in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch(name);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('cannot be hidden by the page’s CSS or by restyling the holder', async () => {
    const tab = await openHostile(driver);
    await tab.type('Hallo ');
    const palette = await agentOpensPalette(tab);
    await attack(tab, [
      'css',
      'tonlage-palette { opacity: 0 !important; visibility: hidden !important; display: none !important;' +
        ' clip-path: inset(50%) !important; transform: scale(0.01) !important; width: 1px !important;' +
        ' height: 1px !important; overflow: hidden !important; filter: opacity(0) !important }',
    ]);
    await attack(tab, ['restyleHolder', 'opacity: 0; visibility: hidden']);
    const style = await tab.evaluate(() => {
      const s = getComputedStyle(document.querySelector('tonlage-palette')!);
      return [s.opacity, s.visibility, s.display, s.clipPath, s.filter, s.transform.startsWith('matrix(1, 0, 0, 1,')];
    });
    expect(style).toEqual(['1', 'visible', 'block', 'none', 'none', true]);
    // Still the agent's palette, still working.
    await agentSearches(tab, palette, 'Entschuldigung');
    await tab.press('Enter');
    await expect.poll(async () => (await draft(tab)).length).toBeGreaterThan(20);
    expect(await paletteOpen(tab)).toBe(false);
    await tab.close();
  });

  it.each([false, true])(
    'is drawn above an ordinary overlay (pointer-transparent: %s) and works',
    async (passThrough) => {
      const tab = await openHostile(driver);
      await tab.type('Hallo ');
      await attack(tab, ['cover', passThrough]);
      const palette = await agentOpensPalette(tab);
      // The palette's list looks the same with the overlay as without it: nothing covers it.
      const list = await tab.evaluate(() => {
        const r = document.querySelector('tonlage-palette')!.getBoundingClientRect();
        return { x: r.x + 12, y: r.y + 70, width: r.width - 24, height: r.height - 90 };
      });
      const covered = await tab.screenshot(list);
      await attack(tab, ['uncover']);
      expect(await tab.screenshot(list)).toBe(covered);
      await agentSearches(tab, palette, 'Entschuldigung');
      await tab.press('Enter');
      await expect.poll(async () => (await draft(tab)).length).toBeGreaterThan(20);
      expect(await draft(tab)).toMatch(/^Hallo \S/);
      await tab.close();
    },
  );

  it.each(BEFORE_OPEN)(
    'hidden by %s before it opens, takes no keys, gives the focus back and says so',
    async (_, move) => {
      const tab = await openHostile(driver);
      await tab.type('Hallo');
      await attack(tab, move);
      await tab.press(HOTKEY);
      await expect.poll(() => toast(tab), { timeout: 5000 }).toMatch(TOAST);
      await expect.poll(() => paletteOpen(tab)).toBe(false);
      await tab.type(' Welt');
      await tab.press('Enter');
      expect(await draft(tab)).toBe('Hallo Welt\n');
      await tab.close();
    },
  );

  it.each(WHILE_TYPING)(
    'covered by %s while the agent types, closes before Enter can insert',
    async (_, move, setup) => {
      const tab = await openHostile(driver);
      await tab.type('Hallo');
      if (setup) await attack(tab, setup);
      const palette = await agentOpensPalette(tab);
      await agentSearches(tab, palette, 'Entschuldigung');
      await attack(tab, move);
      await tab.press('Enter');
      await expect.poll(() => toast(tab), { timeout: 5000 }).toMatch(TOAST);
      await expect.poll(() => paletteOpen(tab)).toBe(false);
      // Closed before the Enter arrived, it went into the draft; either way nothing was inserted.
      expect((await draft(tab)).trim()).toBe('Hallo');
      await tab.close();
    },
  );

  it('closes when the holder is removed; a fresh one works for the agent', async () => {
    const tab = await openHostile(driver);
    await tab.type('Hallo ');
    await agentOpensPalette(tab);
    expect(await tab.evaluate(() => window.hostile.removeHolder())).toBe(true);
    await expect.poll(() => toast(tab), { timeout: 5000 }).toMatch(TOAST);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('draft');
    await expect.poll(() => tab.evaluate(() => window.hostile.holderCount())).toBe(1);
    const palette = await agentOpensPalette(tab);
    await agentSearches(tab, palette, 'Entschuldigung');
    await tab.press('Enter');
    await expect.poll(async () => (await draft(tab)).length).toBeGreaterThan(20);
    expect(await draft(tab)).toMatch(/^Hallo \S/);
    await tab.close();
  });
});
