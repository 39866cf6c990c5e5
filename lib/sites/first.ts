import { isVisible } from './names';

// Reading a field through an ordered list of strategies (issue #16): the documented
// attribute first, then structural fallbacks. A strategy that finds nothing hands on; a
// field no strategy finds stays empty without taking the rest of the context with it.

/** The first non-empty answer of `strategies`, trimmed; undefined when none has one. */
export function firstOf(...strategies: (() => string | null | undefined)[]): string | undefined {
  for (const strategy of strategies) {
    const value = strategy()?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The first visible element matching `selector` in `root`, else in the whole document. */
export function visibleIn(root: ParentNode, selector: string, doc: Document): Element | undefined {
  const inRoot = [...root.querySelectorAll(selector)].find(isVisible);
  if (inRoot || root === doc) return inRoot;
  return [...doc.querySelectorAll(selector)].find(isVisible);
}

/** What a field shows: an input's value (Zendesk's subject is an editable input), else its text. */
export function shownText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  return el.textContent ?? undefined;
}
