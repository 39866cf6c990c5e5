import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnEdit, ownEdit } from '@/lib/insert/own-edits';
import { FromFrameSchema, HeldKeySchema, ToFrameSchema } from '@/lib/messaging/palette';
import { heldKeyOf, heldTextOf, isCharacter, mergeHeld, pressedAt } from '@/lib/palette/held-keys';

const key = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keys held while the palette opens', () => {
  it('holds characters and the keys the palette answers, nothing else', () => {
    expect(heldKeyOf(key('B', { shiftKey: true }))).toEqual({ key: 'B' });
    expect(heldKeyOf(key('€', { altKey: true }))).toEqual({ key: '€' }); // AltGr+E
    expect(heldKeyOf(key('Enter'))).toEqual({ key: 'Enter' });
    expect(heldKeyOf(key('Tab', { shiftKey: true }))).toEqual({ key: 'Tab', shift: true });
    expect(heldKeyOf(key('c', { ctrlKey: true }))).toBeUndefined();
    expect(heldKeyOf(key('v', { metaKey: true }))).toBeUndefined();
    expect(heldKeyOf(key('Shift', { shiftKey: true }))).toBeUndefined();
    expect(heldKeyOf(key('F5'))).toBeUndefined();
    expect(isCharacter({ key: '😀' })).toBe(true);
    expect(isCharacter({ key: 'Enter' })).toBe(false);
  });

  it("holds an input method's text only from the browser, not from the page", () => {
    const input = (isTrusted: boolean, inputType: string, data?: string) =>
      ({ isTrusted, inputType, data: data ?? null }) as InputEvent;
    expect(heldTextOf(input(true, 'insertText', 'ä€'))).toEqual([{ key: 'ä' }, { key: '€' }]);
    expect(heldTextOf(input(true, 'deleteContentBackward'))).toBeUndefined();
    expect(heldTextOf(input(false, 'insertText', 'x'))).toBeUndefined();
  });

  it('the held message carries them, once the frame has the keyboard, checked on arrival', () => {
    expect(ToFrameSchema.safeParse({ type: 'held', typed: [{ key: 'a' }, { key: 'Enter' }] }).success).toBe(true);
    expect(ToFrameSchema.safeParse({ type: 'held', typed: [] }).success).toBe(true);
    expect(ToFrameSchema.safeParse({ type: 'held' }).success).toBe(false);
    expect(ToFrameSchema.safeParse({ type: 'focus' }).success).toBe(true);
    expect(FromFrameSchema.safeParse({ type: 'keyboard' }).success).toBe(true);
    expect(HeldKeySchema.safeParse({ key: '' }).success).toBe(false);
    expect(HeldKeySchema.safeParse({ key: 'x'.repeat(13) }).success).toBe(false);
    expect(ToFrameSchema.safeParse({ type: 'held', typed: Array(501).fill({ key: 'a' }) }).success).toBe(false);
    // And back: what was typed after the Enter, for the reply box.
    expect(FromFrameSchema.safeParse({ type: 'typed', keys: [{ key: 'N' }, { key: 'Tab' }] }).success).toBe(true);
    expect(FromFrameSchema.safeParse({ type: 'typed', keys: [{ key: 42 }] }).success).toBe(false);
  });

  it("marks Tonlage's own edits while they run, nested too", () => {
    expect(isOwnEdit()).toBe(false);
    expect(ownEdit(() => ownEdit(() => isOwnEdit()) && isOwnEdit())).toBe(true);
    expect(isOwnEdit()).toBe(false);
    expect(() =>
      ownEdit(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(isOwnEdit()).toBe(false);
  });

  it('stamps a key with its press time on the clock page and frame share', () => {
    const at = heldKeyOf({ ...key('N'), timeStamp: 1234.5 });
    expect(at).toEqual({ key: 'N', at: performance.timeOrigin + 1234.5 });
    expect(HeldKeySchema.safeParse(at).success).toBe(true);
    expect(pressedAt({ timeStamp: 0 })).toBeUndefined();
    // A key in an editor's iframe counts from that document's start, not the page's.
    const frameStart = { timeOrigin: performance.timeOrigin + 800 } as Performance;
    expect(pressedAt({ timeStamp: 200, view: { performance: frameStart } })).toBe(performance.timeOrigin + 1000);
    expect(HeldKeySchema.safeParse({ key: 'N', at: Number.NaN }).success).toBe(false);
    // Text without a key press has no shared time: it is stamped when the page handles it.
    const text = heldTextOf({ isTrusted: true, inputType: 'insertText', data: 'ab', timeStamp: 7 } as InputEvent);
    expect(text).toEqual([{ key: 'a' }, { key: 'b' }]);
  });

  it('puts keys split between page and frame back in the order they were pressed', () => {
    // "Nachtrag" typed while the focus went back to the reply box: N and a reached the page,
    // c the frame, the rest the page again. The frame's list first, whole, made "cNahtrag".
    const typed = [...'Nachtrag'].map((k, i) => ({ key: k, at: 1000 + i }));
    const frame = [typed[2]!];
    const page = typed.filter((_, i) => i !== 2);
    expect(
      mergeHeld(frame, page)
        .map((k) => k.key)
        .join(''),
    ).toBe('Nachtrag');
    // "23,90 €": the € comes as text without a time and keeps to the space before it, ahead
    // of the Enter the agent pressed after it (a CI run lost it behind the Enter).
    const amount = [...'0 '].map((k, i) => ({ key: k, at: 10 + i }));
    expect(mergeHeld([...amount, { key: '€' }], [{ key: 'Enter', at: 12 }]).map((k) => k.key)).toEqual([
      '0',
      ' ',
      '€',
      'Enter',
    ]);
    // Without times (a key held by the content script's own wait), the first list goes first.
    expect(mergeHeld([{ key: 'x' }], [{ key: 'y', at: 1 }]).map((k) => k.key)).toEqual(['x', 'y']);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (toFrame) => {
        const keys = toFrame.map((_, i) => ({ key: String.fromCharCode(97 + (i % 26)), at: 5000 + i * 0.3 }));
        const merged = mergeHeld(
          keys.filter((_, i) => toFrame[i]),
          keys.filter((_, i) => !toFrame[i]),
        );
        expect(merged).toEqual(keys);
      }),
    );
  });
});
