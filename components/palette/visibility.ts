// Whether the agent can see the palette frame, as the browser itself judges it:
// IntersectionObserver v2 (`trackVisibility`) reports a frame as visible only when nothing
// covers it and no opacity, filter or transform from the page alters it. Where the
// browser has no v2 (Firefox), the content script's style and hit-test check stands alone.

export interface Visibility {
  /** The last judgement (always true without IntersectionObserver v2). */
  visible(): boolean;
  /** Resolves true as soon as the frame is visible, false if it is not within `ms`. */
  whenVisible(ms: number): Promise<boolean>;
  /**
   * Forgets the last judgement and observes afresh, so that the next one describes the frame
   * as it is now. On opening again: a frame hidden meanwhile may get no new entry when it is
   * shown (the observer's state did not change in its own eyes), and a stale "hidden" would
   * refuse a palette the agent can see (seen in the placement e2e, reopened after Esc).
   */
  rearm(): void;
}

const SUPPORTED =
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Resolves once this frame has drawn two frames since the call (its first paint as shown),
 * or after `maxMs`. A budget for the observer's judgement starts from there: on a busy
 * machine the frame's renderer may paint a revealed palette seconds late, and a budget
 * counted from the reveal would call that late paint a cover (issue #20's first-hotkey race).
 */
export function afterPaint(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

export function watchVisibility(el: Element, onChange: (visible: boolean) => void): Visibility {
  if (!SUPPORTED) return { visible: () => true, whenVisible: () => Promise.resolve(true), rearm: () => {} };
  let visible = false;
  const waiting = new Set<(visible: boolean) => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      visible = (entries.at(-1) as { isVisible?: boolean } | undefined)?.isVisible === true;
      onChange(visible);
      if (visible) for (const resolve of waiting) resolve(true);
      if (visible) waiting.clear();
    },
    // `trackVisibility` and `delay` are v2 options the DOM typings don't know yet.
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(el);
  return {
    visible: () => visible,
    rearm() {
      visible = false;
      observer.unobserve(el);
      observer.observe(el);
    },
    whenVisible: (ms) =>
      visible
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            waiting.add(resolve);
            setTimeout(() => {
              waiting.delete(resolve);
              resolve(visible);
            }, ms);
          }),
  };
}
