// When the palette frame can take the agent's keys. The content script focuses the frame's
// element and the frame focuses its window; the browser sends keys to the frame only once it
// has taken in that change, and the content script holds the keys typed until then
// (lib/palette/host.ts). This says when to ask for them.

/** Resolves true once this document has the focus, or with document.hasFocus() after `ms`. */
export function hasKeyboard(ms: number): Promise<boolean> {
  if (document.hasFocus()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let frame = 0;
    const done = (value: boolean) => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      window.removeEventListener('focus', onFocus);
      resolve(value);
    };
    const onFocus = () => done(true);
    const timer = setTimeout(() => done(document.hasFocus()), ms);
    // The window's focus event does not come in every case (the focus moved within it): look each frame too.
    const look = () => {
      if (document.hasFocus()) done(true);
      else frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    window.addEventListener('focus', onFocus);
  });
}
