// Just enough HTML handling for templates, without a DOM (the render path runs anywhere).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote|pre|ul|ol|table)\s*>/gi;

/** The text an HTML fragment shows: block ends and <br> become line breaks. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/[\t\r\n]+/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_END, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n'),
  ).replace(/^\n+|\n+$/g, '');
}

/** Removes block elements a removed placeholder left empty; `mark` is where one was. */
export function dropEmptyBlocks(html: string, mark: string): string {
  const blank = `(\\s|&nbsp;|${mark})*`;
  const empty = new RegExp(`<(p|div|li|h[1-6])(\\s[^>]*)?>${blank}(<br\\s*/?>)?${blank}</\\1\\s*>`, 'gi');
  return html
    .replace(empty, (block) => (block.includes(mark) ? '' : block))
    .split(mark)
    .join('');
}

/** A private-use character absent from `text`, for marking positions through a transform. */
export function unusedMark(text: string, skip = ''): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const c = String.fromCharCode(code);
    if (!text.includes(c) && c !== skip) return c;
  }
  return '\u0000';
}
