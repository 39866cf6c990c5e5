import { shadowRootOf } from '../platform/browser';

// The palette's holder is shown in the browser's top layer (a manual popover), which is
// drawn above everything the page can position: no z-index reaches it, so an overlay
// covers it only from the top layer too (a popover, a modal dialog, a fullscreen element
// shown after it), in any of the page's trees, closed shadow roots included. So the
// palette is raised above whatever is there when it opens, and every later check refuses
// a top-layer element that was not there then or has been shown again since. This works
// alike in both browsers; Chromium's IntersectionObserver v2 judges on top of it.

const TOP_LAYER = ':popover-open, :modal, :fullscreen';

/** Every tree of the page: the document and each shadow root in it, except inside `skip`. */
function roots(doc: Document, skip: Element): (Document | ShadowRoot)[] {
  const found: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < found.length; i++) {
    for (const el of found[i]!.querySelectorAll('*')) {
      const root = el === skip ? null : shadowRootOf(el);
      if (root) found.push(root);
    }
  }
  return found;
}

/** The page's elements in the top layer now. */
export function topLayerElements(doc: Document, skip: Element): Element[] {
  return roots(doc, skip).flatMap((root) => [...root.querySelectorAll(TOP_LAYER)].filter((el) => el !== skip));
}

export interface TopLayerGuard {
  /** Shows the holder above everything there now. */
  raise(): void;
  lower(): void;
  /** Whether the holder is still in the top layer with nothing shown above it since `raise`. */
  clear(): boolean;
}

export function guardTopLayer(holder: HTMLElement): TopLayerGuard {
  let below = new Set<Element>();
  let reshown = false;
  // A popover that was below may be hidden and shown again, which puts it above.
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'open') reshown = true;
  };
  const forget = () => {
    for (const el of below) el.removeEventListener('beforetoggle', onToggle);
    below = new Set();
  };
  const open = () => holder.matches(':popover-open');
  return {
    raise() {
      holder.popover = 'manual';
      if (open()) holder.hidePopover();
      holder.showPopover();
      forget();
      reshown = false;
      below = new Set(topLayerElements(holder.ownerDocument, holder));
      for (const el of below) el.addEventListener('beforetoggle', onToggle);
    },
    lower() {
      forget();
      if (holder.popover && open()) holder.hidePopover();
    },
    clear: () =>
      open() &&
      !reshown &&
      // A modal dialog makes everything outside it inert, the palette included.
      topLayerElements(holder.ownerDocument, holder).every((el) => below.has(el) && !el.matches(':modal')),
  };
}
