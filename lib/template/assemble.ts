// Builds the output and makes a missing value disappear gracefully: a placeholder alone on
// its line takes the line with it; otherwise it takes the space before it ("Hallo ," → "Hallo,").

const TRAILING_SPACE = /[ \t]+$/;
const LEADING_SPACE = /^[ \t]+/;

export class Assembler {
  out = '';
  cursorAt: number | undefined;
  private skipSpace = false;
  private dropNewline = false;

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
    this.out += rest;
  }

  value(s: string): void {
    this.skipSpace = false;
    this.out += s;
  }

  cursor(): void {
    if (this.cursorAt !== undefined) return;
    this.cursorAt = this.out.length;
    if (this.marks) this.out += this.marks.cursor;
  }

  /** Whether the current line holds only whitespace so far. */
  lineBlank(): boolean {
    const lineStart = this.out.lastIndexOf('\n') + 1;
    if (this.cursorAt !== undefined && this.cursorAt >= lineStart) return false;
    return this.out.slice(lineStart).trim() === '';
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
      if (this.marks) this.out += this.marks.blank;
    }
    if (this.cursorAt !== undefined) this.cursorAt = Math.min(this.cursorAt, this.out.length);
  }

  finish(): string {
    // The removed line was the last one: take the line break before it instead.
    if (this.dropNewline) this.out = this.out.replace(/\r?\n$/, '');
    if (this.cursorAt !== undefined) this.cursorAt = Math.min(this.cursorAt, this.out.length);
    return this.out;
  }
}
