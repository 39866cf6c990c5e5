// When an editor's model has taken a selection Tonlage made (issue #16). Every editor hears
// of a selection through the document's `selectionchange`, which the browser dispatches in a
// task of its own; most copy it there and then. Some copy it in a throttled handler (Slate:
// 100 ms), and nothing on the page says when that ran. What does say it is the read-back of
// an insertion: text that kept the characters it should have replaced means the model still
// had the old selection. So an editor's lag is learned from read-backs: after a try that
// kept the replaced characters, the chain undoes it and retries after each of LAG_STEPS_MS
// in turn, and the wait after which a retry landed is this editor's lag from then on. After a
// caret move, before the agent's next keys, every editor gets at least CARET_MOVE_FLOOR_MS:
// there no read-back can tell, and a first try or retry that landed proves little (a
// throttle already pending may have caught the selection by luck), so that wait is a floor.

/** The retries' waits after selectionchange was dispatched, shortest first (bounded: 750 ms in all). */
export const LAG_STEPS_MS = [50, 100, 200, 400] as const;
/** Before the agent's next keys after a caret move: the slowest throttle we know of (100 ms) with a margin. */
export const CARET_MOVE_FLOOR_MS = 250;
/** selectionchange comes in the next task; if the selection did not change, none comes. */
const DISPATCH_BOUND_MS = 100;

const lags = new WeakMap<Element, number>();

export const lagOf = (root: Element): number | undefined => lags.get(root);

export function learnLag(root: Element, ms: number): void {
  lags.set(root, ms);
}

function sleep(win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

export interface SelectionWatch {
  /**
   * Resolves once the editor can be taken to have the selection made since `watchSelection`:
   * selectionchange dispatched (or the bound passed), a frame, then the editor's learned lag,
   * or `floor` if that is longer.
   */
  settled(floor?: number): Promise<void>;
}

/** Call before changing the selection in `root`'s document, then await `settled()`. */
export function watchSelection(root: Element): SelectionWatch {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  let dispatched = false;
  let wake: (() => void) | undefined;
  const heard = () => {
    dispatched = true;
    wake?.();
  };
  doc.addEventListener('selectionchange', heard);
  return {
    async settled(floor = 0) {
      if (!dispatched) {
        await new Promise<void>((resolve) => {
          const timer = win.setTimeout(resolve, DISPATCH_BOUND_MS);
          wake = () => {
            win.clearTimeout(timer);
            resolve();
          };
        });
      }
      doc.removeEventListener('selectionchange', heard);
      await nextFrame(win);
      const lag = Math.max(lags.get(root) ?? 0, floor);
      if (lag > 0) await sleep(win, lag);
    },
  };
}

/** After a caret move made with a synthetic selectionchange (lib/insert/stops.ts): a frame, then the floor or the lag. */
export async function settleCaretMove(root: Element): Promise<void> {
  const win = root.ownerDocument.defaultView!;
  await nextFrame(win);
  await sleep(win, Math.max(lags.get(root) ?? 0, CARET_MOVE_FLOOR_MS));
}
