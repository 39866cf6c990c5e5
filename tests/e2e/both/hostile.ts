import { expect } from 'vitest';
import { HOSTILE_URL } from '../browser';
import { testId, textOf } from '../drivers/dom';
import type { Driver, Surface, Tab } from '../drivers';
import { openPalette } from './palette-open';

export { HOTKEY } from './palette-open';

// The agent's side of the hostile-page specs (issue #13), the same in both browsers. The
// attacker is the page's own script (fixtures/pages/hostile/main.ts, window.hostile): what
// `tab.evaluate` runs there is as untrusted as the page; only the driver's keyboard and
// mouse stand for the agent.

export const TOAST = /closed the palette because the page hid or covered it|Palette geschlossen, weil die Seite sie/;

type Hostile = Window['hostile'];
type Attack = { [K in keyof Hostile]: Hostile[K] extends (...args: never[]) => unknown ? K : never }[keyof Hostile];
/** One of the page's attacks, by name, with its arguments. */
export type Move = [Attack, ...unknown[]];

export const attack = (tab: Tab, [name, ...args]: Move) =>
  tab.evaluate(([n, a]) => (window.hostile[n as Attack] as (...x: unknown[]) => unknown)(...(a as unknown[])), [
    name,
    args,
  ] as const);

export const draft = (tab: Tab) => tab.evaluate(() => document.querySelector<HTMLTextAreaElement>('#draft')!.value);

/** Whether the palette shows, as the page's own layout has it (the holder's computed visibility). */
export const paletteOpen = (tab: Tab) =>
  tab.evaluate(() => {
    const holder = document.querySelector('tonlage-palette');
    return !!holder && getComputedStyle(holder).visibility === 'visible';
  });

/** What the page heard, except the events of the agent's own typing in the draft. */
export const overheard = (tab: Tab) =>
  tab.evaluate(() => window.hostile.probe.heard.filter((line) => !line.includes('@draft')));

export const toast = (tab: Tab) => tab.shadowText('tonlage-toast');

export async function openHostile(driver: Driver): Promise<Tab> {
  const tab = await driver.open(HOSTILE_URL);
  await tab.click('#draft');
  return tab;
}

/** The agent's own palette: the real hotkey, then wait until its search box has the keyboard. */
export const agentOpensPalette = (tab: Tab) => openPalette(tab);

/** The agent searches in the open palette and waits for results. */
export async function agentSearches(tab: Tab, palette: Surface, query: string): Promise<void> {
  await tab.type(query);
  await expect.poll(() => textOf(palette, testId('palette-item'))).not.toBeNull();
}

/**
 * The agent expands a shortcut with real keys in the draft. Once it has arrived, anything
 * the page started before it has had every chance to act.
 */
export async function agentExpands(tab: Tab): Promise<void> {
  await tab.click('#draft');
  await tab.press('End');
  await tab.type(' ae-erst');
  await tab.press('Tab');
  await expect.poll(async () => (await draft(tab)).length).toBeGreaterThan(100);
  expect(await draft(tab)).not.toContain('ae-erst');
}
