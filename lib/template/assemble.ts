// Builds the output and makes a missing value disappear gracefully: a placeholder alone on
// its line takes the line with it; otherwise it takes the space before it ("Hallo ," → "Hallo,")
// and the separator that only made sense with it ("Geduld, {{name}}." → "Geduld.", issue #16).

const TRAILING_SPACE = /[ \t]+$/;
const LEADING_SPACE = /^[ \t]+/;
/** Punctuation that ends or joins a clause; a separator before it lost its partner. */
const CLOSING = /^[ \t]*[.,!?;:…)]/;
const SEPARATOR = /[,;:]$/;

/** A caret position: `{{cursor}}` has order 0, `{{tab:N}}` order N; `at` is an offset in `out`. */
export interface Stop {
  order: number;
  at: number;
}

export class Assembler {
  out = '';
  /** In the order they were written; HTML output carries a mark for each instead of an offset. */
  readonly stops: Stop[] = [];
  private hasCursor = false;
  private skipSpace = false;
  private dropNewline = false;
  /** Where the output ended after a mid-line missing value; what follows may tidy up before it. */
  private gapAt: number | undefined;

  /** In HTML, removed placeholders and the cursor leave marks for later passes. */
  constructor(private readonly marks?: { blank: string; cursor: string }) {}

  text(s: string): void {
    let rest = s;
    if (this.dropNewline) {
      rest = rest.replace(LEADING_SPACE, '');
      const newline = /^\r?\n/.exec(rest);
      if (newline) {
        rest = rest.slice(newline[0].length);
        this.dropNewline = false;
      } else if (rest !== '') {
        this.dropNewline = false;
      }
    }
    if (this.skipSpace && rest !== '') {
      rest = rest.replace(LEADING_SPACE, '');
      this.skipSpace = false;
    }
    if (this.gapAt !== undefined && rest !== '') {
      if (CLOSING.test(rest)) rest = this.closeGap(rest);
      this.gapAt = undefined;
    }
    this.out += rest;
  }

  value(s: string): void {
    this.skipSpace = false;
    this.gapAt = undefined;
    this.out += s;
  }

  /** `{{cursor}}` (only the first counts) or `{{tab:N}}`. */
  stop(order: number): void {
    if (order === 0 && this.hasCursor) return;
    if (order === 0) this.hasCursor = true;
    this.stops.push({ order, at: this.out.length });
    if (this.marks) this.out += this.marks.cursor;
  }

  /** Whether the current line holds only whitespace so far. */
  lineBlank(): boolean {
    const lineStart = this.out.lastIndexOf('\n') + 1;
    if (this.stops.some((s) => s.at >= lineStart)) return false;
    return this.out.slice(lineStart).trim() === '';
  }

  private clampStops(): void {
    for (const s of this.stops) s.at = Math.min(s.at, this.out.length);
  }

  /** A placeholder without a value; `alone` when nothing but whitespace shares its line. */
  missing(alone: boolean): void {
    if (alone) {
      this.out = this.out.slice(0, this.out.lastIndexOf('\n') + 1);
      this.dropNewline = true;
      this.skipSpace = false;
    } else {
      const trimmed = this.out.replace(TRAILING_SPACE, '');
      const atStart = trimmed === '' || trimmed.endsWith('\n') || (this.marks !== undefined && trimmed.endsWith('>'));
      if (trimmed.length === this.out.length && atStart) this.skipSpace = true;
      this.out = trimmed;
      if (!atStart) this.gapAt = trimmed.length;
      if (this.marks) this.out += this.marks.blank;
    }
    this.clampStops();
  }

  /** "Geduld, ." → "Geduld." and "Hallo ," → "Hallo,": the text before the gap keeps no orphaned separator. */
  private closeGap(rest: string): string {
    const at = this.gapAt!;
    const before = this.out.slice(0, at);
    const after = this.out.slice(at); // removed-placeholder marks only
    const next = rest.replace(LEADING_SPACE, '');
    const punct = next[0]!;
    // A comma meeting a full stop (or another comma) gives way; a closing bracket keeps both.
    const head = SEPARATOR.test(before) && punct !== ')' ? before.slice(0, -1) : before;
    this.out = head + after;
    for (const s of this.stops) s.at = Math.min(s.at, head.length);
    return next;
  }

  finish(): string {
    // The removed line was the last one: take the line break before it instead.
    if (this.dropNewline) this.out = this.out.replace(/\r?\n$/, '');
    this.clampStops();
    return this.out;
  }
}
