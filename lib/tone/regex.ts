// A small parser for the regex sources of the tone tables. It lets `rx` compile a word edge
// (`\b`) into the cheapest exact assertion: JavaScript's `\b` is ASCII-only, and the general
// Unicode-aware edge needs a lookbehind *and* a lookahead, which stops V8 from skipping ahead
// in the text (measured ~20x slower per pattern). Where the pattern itself guarantees that a
// letter follows the edge, the edge is equivalent to "no letter before" (and vice versa), so
// only one cheap lookaround is emitted. The rewrite is exact: a match of the new regex is a
// match of the old one, in the same order.

/** Latin letters incl. umlauts and accents, digits, underscore: what counts as a word char. */
export const WORD_CLASS = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';
const GENERAL_EDGE = `(?:(?<=${WORD_CLASS})(?!${WORD_CLASS})|(?<!${WORD_CLASS})(?=${WORD_CLASS}))`;
const EDGE_BEFORE_WORD = `(?<!${WORD_CLASS})`;
const EDGE_AFTER_WORD = `(?!${WORD_CLASS})`;

function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x24f)
  );
}
const isWordChar = (ch: string) => ch.length === 1 && isWordCode(ch.charCodeAt(0));

export type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'group'; open: string; look: boolean; body: Node }
  /** Consumes exactly one character; `word` says it is always a word character. */
  | { t: 'atom'; src: string; word: boolean; lit: string | null }
  /** Zero-width assertion other than a word edge (^, $, \B). */
  | { t: 'zero'; src: string }
  | { t: 'edge' }
  /** Back-references and anything else we do not model: may match anything, even nothing. */
  | { t: 'opaque'; src: string }
  | { t: 'quant'; node: Node; src: string; min: number };

// Simple character classes of word characters only, e.g. [a-zäöü] or [\w-] is not one.
const WORD_ONLY_CLASS =
  /^(?:\\[wd]|[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])+$/;

export class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alt(): Node {
    const branches = [this.seq()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
  }

  seq(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  quantified(node: Node): Node {
    const rest = this.s.slice(this.i);
    const m = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(rest);
    if (!m) return node;
    this.i += m[0].length;
    const q = m[0][0];
    const min = q === '+' ? 1 : q === '{' ? Number(m[1]) : 0;
    return { t: 'quant', node, src: m[0], min };
  }

  atom(): Node {
    const s = this.s;
    const ch = s[this.i]!;
    if (ch === '(') {
      const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(s.slice(this.i))![0];
      this.i += open.length;
      const body = this.alt();
      if (s[this.i] !== ')') throw new Error(`unbalanced group in ${s}`);
      this.i++;
      return { t: 'group', open, look: /^\(\?(?:=|!|<=|<!)$/.test(open), body };
    }
    if (ch === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      const src = s.slice(this.i, j + 1);
      this.i = j + 1;
      const inner = src.slice(1, -1);
      return { t: 'atom', src, word: !inner.startsWith('^') && WORD_ONLY_CLASS.test(inner), lit: null };
    }
    if (ch === '\\') {
      const next = s[this.i + 1] ?? '';
      if (next === 'b') {
        this.i += 2;
        return { t: 'edge' };
      }
      if (next === 'B') {
        this.i += 2;
        return { t: 'zero', src: '\\B' };
      }
      if (/[1-9]/.test(next) || next === 'k') {
        const m = /^\\(?:\d+|k<\w+>)/.exec(s.slice(this.i))!;
        this.i += m[0].length;
        return { t: 'opaque', src: m[0] };
      }
      const hex = /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/.exec(s.slice(this.i));
      if (hex) {
        this.i += hex[0].length;
        const c = String.fromCharCode(parseInt(hex[0].slice(2), 16));
        return { t: 'atom', src: hex[0], word: isWordChar(c), lit: null };
      }
      this.i += 2;
      const src = `\\${next}`;
      if (next === 'w' || next === 'd') return { t: 'atom', src, word: true, lit: null };
      if (/[sSWDnrtfv0]/.test(next)) return { t: 'atom', src, word: false, lit: null };
      return { t: 'atom', src, word: isWordChar(next), lit: /[A-Za-z0-9]/.test(next) ? null : next };
    }
    this.i++;
    if (ch === '^' || ch === '$') return { t: 'zero', src: ch };
    if (ch === '.') return { t: 'atom', src: ch, word: false, lit: null };
    return { t: 'atom', src: ch, word: isWordChar(ch), lit: ch };
  }
}

export function nullable(n: Node): boolean {
  switch (n.t) {
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.branches.some(nullable);
    case 'group':
      return n.look || nullable(n.body);
    case 'atom':
      return false;
    case 'quant':
      return n.min === 0 || nullable(n.node);
    default:
      return true;
  }
}

/** Every non-empty match of `n` begins (end: ends) with a word character. */
function edgeIsWord(n: Node, end: boolean): boolean {
  switch (n.t) {
    case 'seq':
      return seqEdgeIsWord(n.items, end);
    case 'alt':
      return n.branches.every((b) => edgeIsWord(b, end));
    case 'group':
      return n.look || edgeIsWord(n.body, end);
    case 'atom':
      return n.word;
    case 'quant':
      return edgeIsWord(n.node, end);
    case 'opaque':
      return false;
    default:
      return true;
  }
}

function seqEdgeIsWord(items: readonly Node[], end: boolean): boolean {
  const order = end ? [...items].reverse() : items;
  for (const item of order) {
    if (!edgeIsWord(item, end)) return false;
    if (!nullable(item)) return true;
  }
  return true;
}

function emit(n: Node): string {
  switch (n.t) {
    case 'seq':
      return n.items.map((item, k) => (item.t === 'edge' ? edgeIn(n.items, k) : emit(item))).join('');
    case 'alt':
      return n.branches.map(emit).join('|');
    case 'group':
      return `${n.open}${emit(n.body)})`;
    case 'quant':
      return emit(n.node) + n.src;
    case 'edge':
      return GENERAL_EDGE;
    default:
      return n.src;
  }
}

/** The cheapest exact form of the word edge at items[k]. */
function edgeIn(items: readonly Node[], k: number): string {
  const after = items.slice(k + 1);
  if (!after.every(nullable) && seqEdgeIsWord(after, false)) return EDGE_BEFORE_WORD;
  const before = items.slice(0, k);
  if (!before.every(nullable) && seqEdgeIsWord(before, true)) return EDGE_AFTER_WORD;
  return GENERAL_EDGE;
}

/** Rewrites every `\b` of `source` into an exact Unicode-aware word edge. */
export function compileEdges(source: string): string {
  const p = new Parser(source);
  const tree = p.alt();
  if (p.i !== source.length) throw new Error(`unbalanced group in ${source}`);
  return emit(tree);
}
