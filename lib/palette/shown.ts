// Whether the agent can really see the palette, judged from the page side: the holder's
// and the root element's computed style (page CSS or script may have reached them despite
// the pinned inline styles), the frame's size, and hit-testing at the frame's centre and
// corners (an overlay the page put on top), and no box the page's CSS generates on the
// holder itself (a ::before or ::after hit-tests as the holder). Overlays that let the
// pointer through are kept below by the top layer (./top-layer.ts). The frame adds its own
// IntersectionObserver v2 check where the browser has one (components/palette/visibility.ts).

// An empty value is a property the engine does not compute (an older browser): its default.
const is = (value: string | undefined, ...allowed: string[]) => !value || allowed.includes(value);
const PLAIN = (s: CSSStyleDeclaration) =>
  is(s.opacity, '1') &&
  is(s.visibility, 'visible') &&
  s.display !== 'none' &&
  is(s.clipPath, 'none') &&
  is(s.clip, 'auto') &&
  is(s.filter, 'none') &&
  is(s.maskImage, 'none') &&
  is(s.mixBlendMode, 'normal') &&
  s.contentVisibility !== 'hidden';

/** Only a translation (where the host placed it) leaves the palette as drawn. */
const translated = (transform: string) =>
  is(transform, 'none') || /^matrix\(1, 0, 0, 1, -?[\d.e-]+, -?[\d.e-]+\)$/.test(transform);

export function paletteShown(holder: HTMLElement, frame: HTMLElement, size: { width: number; height: number }) {
  const doc = holder.ownerDocument;
  const root = doc.documentElement;
  if (holder.parentNode !== root) return false;
  const [own, top, inner] = [holder, root, frame].map((el) => getComputedStyle(el)) as [
    CSSStyleDeclaration,
    CSSStyleDeclaration,
    CSSStyleDeclaration,
  ];
  if (![own, top, inner].every(PLAIN) || !translated(own.transform)) return false;
  const view = doc.defaultView!;
  if (['::before', '::after'].some((pseudo) => !is(view.getComputedStyle(holder, pseudo).content, 'none', 'normal')))
    return false;
  if (!is(top.transform, 'none') || !is(inner.transform, 'none') || !is(top.zoom, '1', 'normal')) return false;
  const r = frame.getBoundingClientRect();
  if (r.width < size.width - 1 || r.height < size.height - 1) return false;
  if (r.left < 0 || r.top < 0 || r.right > view.innerWidth || r.bottom > view.innerHeight) return false;
  // Inside the corners' rounding; the closed shadow root makes the holder the hit.
  const points: [number, number][] = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 12, r.top + 12],
    [r.right - 12, r.top + 12],
    [r.left + 12, r.bottom - 12],
    [r.right - 12, r.bottom - 12],
  ];
  return points.every(([x, y]) => doc.elementFromPoint(x, y) === holder);
}
