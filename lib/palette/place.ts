// Where the palette opens: next to the caret, inside the viewport, clear of what the page
// must keep visible (the composer's send button). Pure, so the same caret gives the same
// place every time. Candidates in a fixed order; the first that covers nothing wins.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 6;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

/** The palette's top-left corner for a caret line `caret`, a palette of `size`, in a viewport of `view`. */
export function placePalette(
  caret: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
  keepClear: readonly Box[] = [],
): { left: number; top: number } {
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, view.width - size.width - MARGIN));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, view.height - size.height - MARGIN));
  const below = caret.top + caret.height + GAP;
  const above = caret.top - GAP - size.height;
  const fitsBelow = below + size.height <= view.height - MARGIN;
  const fitsAbove = above >= MARGIN;
  // Beside an obstacle too: left of it, or right of it.
  const aside = keepClear.flatMap((k) => [k.left - GAP - size.width, k.left + k.width + GAP]);
  const box = (x: number, y: number): Box => ({ left: clampX(x), top: clampY(y), ...size });
  // In order of preference: right below or above the caret (aligned with it, then beside
  // an obstacle), and only then pushed into the window, where it may cover the caret's line.
  const candidates: Box[] = [];
  for (const xs of [[caret.left], aside]) {
    if (fitsBelow) candidates.push(...xs.map((x) => box(x, below)));
    if (fitsAbove) candidates.push(...xs.map((x) => box(x, above)));
  }
  for (const x of [caret.left, ...aside]) candidates.push(box(x, below), box(x, above));
  const covered = (b: Box) => keepClear.reduce((sum, k) => sum + overlap(b, k), 0) + overlap(b, caret) * 4;
  let best = candidates[0]!;
  let bestCost = covered(best);
  for (const c of candidates) {
    const cost = covered(c);
    if (cost < bestCost) [best, bestCost] = [c, cost];
    if (cost === 0) break;
  }
  return { left: Math.round(best.left), top: Math.round(best.top) };
}
