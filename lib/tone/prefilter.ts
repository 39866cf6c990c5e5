import { nullable, type Node, Parser } from './regex';
import { fold, type Token } from './text';

// A compiled pre-check for the rule tables (issue #20). Nearly every pattern starts a word
// with a literal ("\bfrechheit", "\b(?:schon wieder|erneut)"), so each pattern is reduced once
// to the three-letter word beginnings one of which any match must contain. A text is reduced
// in one pass over its tokens to the set of its word beginnings; a pattern whose beginnings
// are all absent cannot match and its regex is never run. The check is exact in one
// direction only (it may let a pattern through that then finds nothing), so results are
// unchanged. A pattern it cannot reduce always runs.

const KEY = 3;
// Shorter words ("es", "tv") and short literals give shorter keys: every token adds its
// first one, two and three letters.
type Need = ReadonlySet<string> | null;

/** Word beginnings one of which every match of `n`, starting at a word edge, begins with. */
function starts(n: Node): Need {
  switch (n.t) {
    case 'alt': {
      const out = new Set<string>();
      for (const b of n.branches) {
        const s = starts(b);
        if (s === null) return null;
        for (const k of s) out.add(k);
      }
      return out;
    }
    case 'group':
      return n.look ? null : starts(n.body);
    case 'quant':
      return n.min >= 1 ? starts(n.node) : null;
    case 'seq':
      return seqStarts(n.items, 0);
    default:
      return null;
  }
}

function seqStarts(items: readonly Node[], from: number): Need {
  let lit = '';
  for (let i = from; i < items.length; i++) {
    const it = items[i]!;
    if (it.t === 'atom' && it.lit !== null && /^[\p{L}\p{N}]$/u.test(it.lit)) {
      lit += it.lit;
      if (lit.length >= KEY) return new Set([key(lit)]);
      continue;
    }
    if (lit !== '') {
      // "zu (?:klein|groß)": a short literal followed by more letters in a group.
      if (it.t === 'group' && !it.look) {
        const next = starts(it);
        if (next !== null) return new Set([...next].map((k) => key(lit + k)));
      }
      return new Set([key(lit)]);
    }
    if (it.t === 'zero' || (it.t === 'group' && it.look)) continue;
    if (nullable(it)) {
      // "(?:i )?(?:don't|do not)": either the optional part or what follows starts the word.
      const inner = it.t === 'quant' ? starts(it.node) : starts(it);
      const rest = seqStarts(items, i + 1);
      return inner === null || rest === null ? null : new Set([...inner, ...rest]);
    }
    return starts(it);
  }
  return lit === '' ? null : new Set([key(lit)]);
}

/** A word beginning of up to three letters, folded like the tokens ("ä" → "ae"). */
const key = (lit: string) => fold(lit).slice(0, KEY);

/** Beginnings required by a branch: those after its first mandatory word edge. */
function branchNeed(n: Node): Need {
  const items = n.t === 'seq' ? n.items : [n];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.t === 'edge') {
      const s = seqStarts(items, i + 1);
      if (s !== null) return s;
    }
    if (nullable(it) && it.t !== 'edge' && it.t !== 'zero') continue;
    // A mandatory group may hold the edge itself: "(?:\bfoo|\bbar)".
    if (it.t === 'group' && !it.look) {
      const inner = need(it.body);
      if (inner !== null) return inner;
    }
  }
  return null;
}

function need(n: Node): Need {
  if (n.t !== 'alt') return branchNeed(n);
  const out = new Set<string>();
  for (const b of n.branches) {
    const s = branchNeed(b);
    if (s === null) return null;
    for (const k of s) out.add(k);
  }
  return out;
}

/** The word beginnings one of which any match of the `rx` source needs, or null (always run). */
export function requirement(source: string): string[] | null {
  try {
    const p = new Parser(source);
    const tree = p.alt();
    if (p.i !== source.length) return null;
    const s = need(tree);
    return s === null || s.size === 0 ? null : [...s];
  } catch {
    return null;
  }
}

const KEYS = new WeakMap<readonly Token[], Set<string>>();

/** The three-letter beginnings of every word of the text (and of the part after an apostrophe). */
export function textKeys(tokens: readonly Token[]): ReadonlySet<string> {
  // Moods, valence phrases and draft rules all ask for the same text: reduce it once.
  const known = KEYS.get(tokens);
  if (known) return known;
  const out = new Set<string>();
  KEYS.set(tokens, out);
  for (const t of tokens) {
    addPrefixes(out, t.norm, 0);
    const apo = t.norm.indexOf("'");
    if (apo > 0) addPrefixes(out, t.norm, apo + 1);
  }
  return out;
}

function addPrefixes(out: Set<string>, norm: string, at: number): void {
  const end = Math.min(norm.length, at + KEY);
  for (let k = at + 1; k <= end; k++) out.add(norm.slice(at, k));
}

export function mayMatch(req: readonly string[] | null, keys: ReadonlySet<string>): boolean {
  if (req === null) return true;
  for (const k of req) if (keys.has(k)) return true;
  return false;
}
