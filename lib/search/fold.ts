// German folding and tokenising, applied identically to indexed text and to queries:
// lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped (é→e).

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
// eslint-disable-next-line no-control-regex -- "all ASCII" is exactly the range 0x00-0x7f
const ASCII = /^[\x00-\x7f]*$/;
const UMLAUT = /[äöüß]/g;
const COMBINING = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  let out = text.toLowerCase();
  if (ASCII.test(out)) return out;
  if (out.includes('\u0308')) out = out.normalize('NFC'); // a + combining diaeresis → ä
  out = out.replace(UMLAUT, (c) => UMLAUTS[c] ?? c);
  if (ASCII.test(out)) return out;
  return out.normalize('NFD').replace(COMBINING, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Text of a body as the agent reads it: placeholders and HTML tags do not count as words. */
export function searchableBody(body: string, format: 'text' | 'html'): string {
  const noPlaceholders = body.replace(/\{\{[^{}]*\}\}/g, ' ');
  if (format === 'text') return noPlaceholders;
  return noPlaceholders
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, ' ');
}
