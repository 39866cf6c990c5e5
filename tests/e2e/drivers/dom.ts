import { expect } from 'vitest';
import type { Surface } from './types';

// Finding elements the way an agent does (by visible text or label), identically in both
// browsers: the search runs in the page and tags the element with a unique attribute that
// the driver then clicks or fills by CSS.

interface Query {
  selector: string;
  /** Source of a case-insensitive regular expression the element's text (or label) must match. */
  text?: string;
  /** Match a form control by its <label>'s text instead of its own. */
  byLabel?: boolean;
}

let counter = 0;

function find({ selector, text, byLabel, tag }: Query & { tag?: string }): string | null {
  const re = text === undefined ? null : new RegExp(text, 'i');
  const visible = (el: Element) => !!(el as HTMLElement).offsetParent || el.getClientRects().length > 0;
  let hit: Element | undefined;
  if (byLabel) {
    const label = [...document.querySelectorAll('label')].find((l) => re!.test(l.textContent ?? '') && visible(l));
    hit = label?.control ?? label?.querySelector('input, textarea, select') ?? undefined;
  } else {
    hit = [...document.querySelectorAll(selector)].find(
      // A button's name may be its aria-label rather than its text, as for a screen reader.
      (el) =>
        visible(el) &&
        (!re ||
          re.test((el as HTMLElement).innerText ?? el.textContent ?? '') ||
          re.test(el.getAttribute('aria-label') ?? '')),
    );
  }
  if (!hit) return null;
  if (!tag) return (hit as HTMLElement).innerText ?? hit.textContent ?? '';
  hit.setAttribute('data-e2e', tag);
  return `[data-e2e="${tag}"]`;
}

const src = (text: string | RegExp | undefined) => (text instanceof RegExp ? text.source : text);

/** The visible text of the first visible match, or null. */
export function textOf(s: Surface, selector: string, text?: string | RegExp): Promise<string | null> {
  return s.evaluate(find, { selector, text: src(text) });
}

/** Waits until a visible element matches, tags it, and returns a selector for it. */
export async function mark(s: Surface, query: { selector?: string; text?: string | RegExp; byLabel?: boolean }) {
  const tag = `e${++counter}`;
  const q = { selector: query.selector ?? '*', text: src(query.text), byLabel: query.byLabel, tag };
  let found: string | null = null;
  await expect.poll(async () => (found = await s.evaluate(find, q)), { timeout: 15_000 }).not.toBeNull();
  return found!;
}

export async function waitFor(s: Surface, selector: string, text?: string | RegExp): Promise<void> {
  await expect.poll(() => textOf(s, selector, text), { timeout: 15_000 }).not.toBeNull();
}

export const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * Clicks the button named `button` inside the first visible `row` whose text matches `rowText`.
 * Row and button are found afresh on every try, in one step: a list re-renders while a search
 * settles, and a row tagged a moment earlier may have been replaced by then.
 */
export async function clickInRow(s: Surface, row: string, rowText: string, button: string): Promise<void> {
  const inRow = ({ row, rowText, button, tag }: { row: string; rowText: string; button: string; tag: string }) => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const rowRe = new RegExp(rowText, 'i');
    const buttonRe = new RegExp(button, 'i');
    for (const r of document.querySelectorAll(row)) {
      if (!visible(r) || !rowRe.test((r as HTMLElement).innerText ?? '')) continue;
      const hit = [...r.querySelectorAll('button')].find(
        (b) => visible(b) && (buttonRe.test(b.innerText) || buttonRe.test(b.getAttribute('aria-label') ?? '')),
      );
      if (!hit) continue;
      hit.setAttribute('data-e2e', tag);
      return `[data-e2e="${tag}"]`;
    }
    return null;
  };
  // The row found may still be replaced before the click reaches it (a CI run waited 30 s for
  // a button the side panel's search had re-rendered): then the row is looked up again, as an
  // agent would click the button now shown. Each try has its own tag, so a late click of an
  // earlier try can only miss.
  for (let attempt = 1; ; attempt++) {
    const tag = `e${++counter}`;
    let found: string | null = null;
    await expect
      .poll(async () => (found = await s.evaluate(inRow, { row, rowText, button, tag })), { timeout: 15_000 })
      .not.toBeNull();
    const selector = found!;
    let settled = false;
    const click = s.click(selector).then(() => 'clicked' as const);
    const gone = (async () => {
      while (!settled) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!settled && !(await s.evaluate((sel) => document.querySelector(sel) !== null, selector)))
          return 'gone' as const;
      }
      return 'clicked' as const;
    })();
    const outcome = await Promise.race([click, gone.catch(() => 'gone' as const)]);
    settled = true;
    if (outcome === 'clicked') return;
    // Gone because the click itself changed the row: then the click reports back at once.
    const late = await Promise.race([
      click.catch(() => 'missed' as const),
      new Promise<'missed'>((resolve) => setTimeout(() => resolve('missed'), 1_000)),
    ]);
    if (late === 'clicked') return;
    click.catch(() => undefined);
    if (attempt >= 5) throw new Error(`the button "${button}" in row "${rowText}" kept being replaced`);
  }
}

export async function clickText(s: Surface, selector: string, text: string | RegExp) {
  await s.click(await mark(s, { selector, text }));
}

export async function fillLabel(s: Surface, label: string | RegExp, value: string) {
  await s.fill(await mark(s, { text: label, byLabel: true }), value);
}
