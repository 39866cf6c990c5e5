// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paletteShown } from '@/lib/palette/shown';

// The content script's own check that the palette is visible (Chromium adds the frame's
// IntersectionObserver v2; Firefox has only this one). Layout is stubbed: happy-dom has
// none, so the frame's box and the hit-test answer are given.

const SIZE = { width: 440, height: 380 };
let holder: HTMLElement;
let frame: HTMLIFrameElement;
let hit: Element | null;

beforeEach(() => {
  holder = document.createElement('tonlage-palette');
  holder.setAttribute('style', 'all:initial;position:fixed;display:block;opacity:1;visibility:visible');
  frame = document.createElement('iframe');
  holder.attachShadow({ mode: 'closed' }).append(frame);
  document.documentElement.append(holder);
  hit = holder;
  vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 100, SIZE.width, SIZE.height));
  vi.spyOn(document, 'elementFromPoint').mockImplementation(() => hit);
});
afterEach(() => {
  holder.remove();
  document.documentElement.removeAttribute('style');
});

describe('paletteShown', () => {
  it('accepts a palette drawn as placed', () => {
    expect(paletteShown(holder, frame, SIZE)).toBe(true);
  });

  it.each([
    ['opacity: 0.05'],
    ['visibility: hidden'],
    ['filter: opacity(0)'],
    ['clip-path: inset(50%)'],
    ['transform: scale(0.1)'],
  ])('refuses the root element styled with %s', (style) => {
    document.documentElement.setAttribute('style', style);
    expect(paletteShown(holder, frame, SIZE)).toBe(false);
  });

  it('refuses a holder restyled, moved out of the root or shrunk', () => {
    holder.style.opacity = '0';
    expect(paletteShown(holder, frame, SIZE)).toBe(false);
    holder.style.opacity = '1';
    document.body.append(holder);
    expect(paletteShown(holder, frame, SIZE)).toBe(false);
    document.documentElement.append(holder);
    vi.mocked(frame.getBoundingClientRect).mockReturnValue(new DOMRect(100, 100, 4, 4));
    expect(paletteShown(holder, frame, SIZE)).toBe(false);
  });

  it('refuses a palette another element covers', () => {
    hit = document.body;
    expect(paletteShown(holder, frame, SIZE)).toBe(false);
  });
});
