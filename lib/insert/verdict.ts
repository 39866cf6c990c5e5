import { occurrences, squash } from './plain';

// What one step of the insertion chain did, judged from the editor's text before and after
// (whitespace-free, see squash). Issue #16 found two ways a "changed" editor had not taken
// the text: it kept the replaced characters (its model took the selection late), or it only
// deleted the selection (Quill 1 ignores a synthetic paste's data).

export type Verdict = 'landed' | 'kept-replaced' | 'ate-selection' | 'garbled';

/** `want` is the inserted text, `replaced` the selected text it should have replaced, both squashed. */
export function judge(before: string, after: string, want: string, replaced: string): Verdict {
  const b = squash(before);
  const a = squash(after);
  if (occurrences(a, want) > occurrences(b, want)) {
    const leftover = replaced + want;
    return replaced && a.includes(leftover) && !b.includes(leftover) ? 'kept-replaced' : 'landed';
  }
  if (replaced && a.length === b.length - replaced.length) {
    for (let i = b.indexOf(replaced); i !== -1; i = b.indexOf(replaced, i + 1)) {
      if (b.slice(0, i) + b.slice(i + replaced.length) === a) return 'ate-selection';
    }
  }
  return 'garbled';
}
