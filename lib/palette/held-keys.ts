import type { HeldKey } from '../messaging/palette';

// Keys typed while the palette opens. The agent sees the palette (or the fill-in form of a
// shortcut) at once and types on; the keyboard reaches the frame only after it has checked
// that it is visible, and the frame acts on keys only after the content script said so
// (a page could focus the frame by itself). Keys typed in between are held, on both sides,
// and applied in order once the frame has the keyboard.

/** The keys the palette answers, besides characters. */
const NAMED = new Set(['Enter', 'Backspace', 'Escape', 'Tab', 'ArrowDown', 'ArrowUp']);
/** At most this many keys are held (a stuck key must not grow the list without end). */
export const MAX_HELD = 500;

/**
 * When an event happened, on a clock the page and the palette's frame share. An event's
 * `timeStamp` counts from its own document's time origin (an editor's iframe has one of its
 * own); added to that origin it is the time the browser took the key in, whichever document
 * and process it was sent to.
 */
export function pressedAt(event: {
  timeStamp?: number;
  view?: { performance?: Performance } | null;
}): number | undefined {
  if (typeof event.timeStamp !== 'number' || !(event.timeStamp > 0)) return undefined;
  const origin = event.view?.performance?.timeOrigin;
  return (typeof origin === 'number' ? origin : performance.timeOrigin) + event.timeStamp;
}

/** What the palette would make of this key, or undefined for keys it leaves alone. */
export function heldKeyOf(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'> & Parameters<typeof pressedAt>[0],
): HeldKey | undefined {
  const key = namedKeyOf(event);
  const at = key && pressedAt(event);
  return at === undefined ? key : { ...key!, at };
}

function namedKeyOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.key.length === 1 && !event.altKey) return { key: event.key };
  // AltGr characters arrive with altKey in some layouts; they are single characters too.
  if ([...event.key].length === 1) return { key: event.key };
  if (NAMED.has(event.key) && !event.altKey)
    return event.shiftKey ? { key: event.key, shift: true } : { key: event.key };
  return undefined;
}

/**
 * Two lists of held keys, each in the order it was typed, as one list in the order the
 * agent typed them. While the focus moves between the page and the palette's frame, the
 * browser sends some keys to one and some to the other ("cNahtrag" for "Nachtrag" came
 * from taking the frame's before the page's whole); their press times put them back in
 * turn. Where a time is missing, `first` goes first, as it did before.
 */
export function mergeHeld(first: readonly HeldKey[], second: readonly HeldKey[]): HeldKey[] {
  // A character that came without a key press of its own (see heldTextOf) has no time the
  // two sides share: it keeps to the key before it in its own list.
  const times = (keys: readonly HeldKey[]) => {
    let last: number | undefined;
    return keys.map((key) => (last = key.at ?? last));
  };
  const [ta, tb] = [times(first), times(second)];
  const merged: HeldKey[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = ta[i];
    const b = tb[j];
    if (a !== undefined && b !== undefined && b < a) merged.push(second[j++]!);
    else merged.push(first[i++]!);
  }
  return [...merged, ...first.slice(i), ...second.slice(j)];
}

/** Printable: goes into the focused text field as typed. */
export const isCharacter = (key: HeldKey) => [...key.key].length === 1;

/**
 * Text that arrives without a key press of its own (an input method, dictation, an emoji
 * picker, automation that types characters missing from the keyboard layout): the
 * characters of a trusted `beforeinput` that inserts text, to be held like typed keys.
 */
export function heldTextOf(event: InputEvent): HeldKey[] | undefined {
  if (!event.isTrusted || event.inputType !== 'insertText' || !event.data) return undefined;
  // No press time: a beforeinput is stamped when the page gets round to it, not when the
  // browser took the text in, so it would sort behind keys typed after it (mergeHeld).
  return [...event.data].map((key) => ({ key }));
}
