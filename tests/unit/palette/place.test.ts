import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, placePalette } from '../../../lib/palette/place';

const SIZE = { width: 440, height: 380 };
const VIEW = { width: 1280, height: 860 };
const caret = (left: number, top: number): Box => ({ left, top, width: 1, height: 18 });
const at = (p: { left: number; top: number }): Box => ({ ...p, ...SIZE });
const meets = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placePalette', () => {
  it('opens just below the caret, left-aligned with it', () => {
    expect(placePalette(caret(300, 200), SIZE, VIEW)).toEqual({ left: 300, top: 224 });
  });

  it('opens above the caret when there is no room below', () => {
    expect(placePalette(caret(300, 700), SIZE, VIEW)).toEqual({ left: 300, top: 700 - 6 - 380 });
  });

  it('stays inside the viewport at the right edge', () => {
    expect(placePalette(caret(1200, 200), SIZE, VIEW).left).toBe(1280 - 440 - 8);
  });

  it('moves aside rather than covering the send button', () => {
    const send = { left: 320, top: 420, width: 90, height: 32 };
    const p = placePalette(caret(300, 200), SIZE, VIEW, [send]);
    expect(meets(at(p), send)).toBe(false);
    expect(meets(at(p), caret(300, 200))).toBe(false);
  });

  it('for any caret and send button that leave room: inside the viewport, off the button and the caret line, the same every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: VIEW.width - 1 }),
        fc.integer({ min: 0, max: VIEW.height - 18 }),
        fc.integer({ min: 0, max: VIEW.width - 100 }),
        fc.integer({ min: 0, max: VIEW.height - 40 }),
        (x, y, bx, by) => {
          const send = { left: bx, top: by, width: 100, height: 36 };
          const line = caret(x, y);
          const p = placePalette(line, SIZE, VIEW, [send]);
          expect(p).toEqual(placePalette(line, SIZE, VIEW, [send]));
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.top).toBeGreaterThanOrEqual(8);
          expect(p.left + SIZE.width).toBeLessThanOrEqual(VIEW.width - 8);
          expect(p.top + SIZE.height).toBeLessThanOrEqual(VIEW.height - 8);
          expect(meets(at(p), line)).toBe(false);
          // A button off the caret's line always leaves a free place: below, above, or beside it.
          if (!meets(send, { left: 0, top: y - 6, width: VIEW.width, height: 30 }))
            expect(meets(at(p), send)).toBe(false);
        },
      ),
    );
  });
});
