// Removing quoted history and signatures from an e-mail body, on the DOM (Gmail wraps
// them in known elements) and on text (for clients that quote with ">" and "On … wrote:").

const QUOTE_ELEMENTS = '.gmail_quote, .gmail_extra, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';
/** Gmail's header of a quoted or forwarded mail ("---------- Forwarded message ---------", From, Date …). */
const QUOTE_HEADER = '.gmail_attr';

/** Rendered text of a DOM copy: source whitespace collapses to one space, one line per block. */
function renderedText(copy: Element): string {
  const walker = copy.ownerDocument.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('pre')) node.nodeValue = (node.nodeValue ?? '').replace(/\s+/g, ' ');
  }
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of copy.querySelectorAll('div, p, li')) block.append('\n');
  return copy.textContent ?? '';
}

/** The visible text of a message body without quoted replies and signatures. */
export function messageTextWithoutQuotes(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(QUOTE_ELEMENTS)) el.remove();
  const own = stripQuotedText(renderedText(copy));
  if (own) return own;
  // A forwarded mail sits wholly inside .gmail_quote (issue #16): then the forwarded text,
  // without its header and the history quoted inside it, is the message.
  const quote = body.querySelector('.gmail_quote');
  if (!quote) return own;
  const forwarded = quote.cloneNode(true) as Element;
  for (const el of forwarded.querySelectorAll(`${QUOTE_HEADER}, ${QUOTE_ELEMENTS}`)) el.remove();
  return stripQuotedText(renderedText(forwarded));
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
    // Collapsed HTML puts a space before a delimiter that followed a blank line ("\n\n-- <br>").
    const line = raw.trim();
    if (line === '--' || ATTRIBUTION.some((re) => re.test(line)) || line.startsWith('>')) break;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
