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

/** What the palette would make of this key, or undefined for keys it leaves alone. */
export function heldKeyOf(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): HeldKey | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.key.length === 1 && !event.altKey) return { key: event.key };
  // AltGr characters arrive with altKey in some layouts; they are single characters too.
  if ([...event.key].length === 1) return { key: event.key };
  if (NAMED.has(event.key) && !event.altKey)
    return event.shiftKey ? { key: event.key, shift: true } : { key: event.key };
  return undefined;
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
  return [...event.data].map((key) => ({ key }));
}
