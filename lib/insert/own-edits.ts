// Tonlage's own edits in the page. The browser reports an execCommand edit as a trusted
// `beforeinput` in Firefox, like the agent's typing; the keyboard handler holds typed text
// while an expansion runs or the palette opens (lib/expand/keyboard.ts) and must not hold
// the expansion itself. The content script's parts are separate bundles in one isolated
// world (the page cannot see it), so the mark lives on that world's global object.

const MARK = Symbol.for('tonlage.ownEdit');
type Marked = typeof globalThis & { [MARK]?: number };

/** Runs `edit` (a synchronous editing command) marked as Tonlage's own. */
export function ownEdit<T>(edit: () => T): T {
  const g = globalThis as Marked;
  g[MARK] = (g[MARK] ?? 0) + 1;
  try {
    return edit();
  } finally {
    g[MARK]! -= 1;
  }
}

/** Whether an edit of Tonlage's own is being made right now (the event comes from it). */
export const isOwnEdit = () => ((globalThis as Marked)[MARK] ?? 0) > 0;
