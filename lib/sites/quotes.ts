// Removing quoted history and signatures from an e-mail body, on the DOM (Gmail wraps
// them in known elements) and on text (for clients that quote with ">" and "On … wrote:").

const QUOTE_ELEMENTS = '.gmail_quote, .gmail_extra, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';

/** The visible text of a message body without quoted replies and signatures. */
export function messageTextWithoutQuotes(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(QUOTE_ELEMENTS)) el.remove();
  // Whitespace in HTML source (indentation, line breaks) renders as one space, as here.
  const walker = body.ownerDocument.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('pre')) node.nodeValue = (node.nodeValue ?? '').replace(/\s+/g, ' ');
  }
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of copy.querySelectorAll('div, p, li')) block.append('\n');
  return stripQuotedText(copy.textContent ?? '');
}

const ATTRIBUTION = [
  /^On .{4,200} wrote:$/i,
  /^Am .{4,200} schrieb .{1,200}:$/i,
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht)\s*-{2,}$/i,
  /^(From|Von):\s.+$/i,
];

/** Cuts text at the first attribution line, quoted ("> ") line or signature delimiter ("-- "). */
export function stripQuotedText(text: string): string {
  const kept: string[] = [];
  for (const raw of text.replace(/\u00a0/g, ' ').split('\n')) {
    const line = raw.trimEnd();
    if (line === '--' || line === '-- ' || ATTRIBUTION.some((re) => re.test(line.trim())) || /^\s*>/.test(line)) break;
    kept.push(line);
  }
  return kept
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
