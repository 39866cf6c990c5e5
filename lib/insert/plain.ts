// Plain text from DOM content, the way an agent would read it: blocks and <br> become
// line breaks, list items get their own lines, links keep their address.

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
]);

/** Text of an editor's content as the agent sees it (used to check that an insertion landed). */
export function visibleText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (const child of el.childNodes) walk(child);
    if (block && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out;
}

function fragment(html: string, doc: Document): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** The text a rich editor shows for `html` (no list numbers or link addresses: those are formatting there). */
export function htmlVisibleText(html: string, doc: Document = document): string {
  return visibleText(fragment(html, doc));
}

/** A faithful plain-text rendering of (sanitised) HTML for targets that take no formatting. */
export function htmlToPlainText(html: string, doc: Document = document): string {
  const root = fragment(html, doc);
  for (const list of root.querySelectorAll('ol')) {
    [...list.children].forEach((li, i) => li.prepend(`${i + 1}. `));
  }
  for (const li of root.querySelectorAll('ul > li')) li.prepend('• ');
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const label = a.textContent?.trim() ?? '';
    const address = href.replace(/^mailto:/i, '');
    if (address && label !== address) a.append(` (${address})`);
  }
  return visibleText(root)
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whitespace-free form for comparing what should have landed with what did. */
export function squash(text: string): string {
  // Zero-width characters are editors' caret fillers (CKEditor's is seven U+2060).
  return text.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff•]+/g, '');
}

export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}
