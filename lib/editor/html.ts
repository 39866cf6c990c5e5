import { sanitizeHtml } from '../insert/sanitize';
import { PLACEHOLDER_ATTR } from './placeholder-node';

// The rich-text editor's HTML and a snippet's body, both ways. The body keeps placeholders
// as plain "{{…}}" text; the editor sees them as chip elements. Both directions are
// sanitised with the same rules as an insertion into a page, so nothing the editor (or an
// imported macro) holds can carry a script into the library or back into the editor.

const PLACEHOLDER = /\{\{([^{}\n]{1,80})\}\}/g;

function parse(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template;
}

/** A stored HTML body as the editor loads it: sanitised, with every placeholder a chip. */
export function toEditorHtml(body: string): string {
  const template = parse(sanitizeHtml(body));
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const text of texts) {
    const value = text.data;
    if (!PLACEHOLDER.test(value)) continue;
    PLACEHOLDER.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      parts.append(value.slice(last, match.index));
      const chip = document.createElement('span');
      chip.setAttribute(PLACEHOLDER_ATTR, match[1]!.trim());
      chip.textContent = match[0];
      parts.append(chip);
      last = match.index + match[0].length;
    }
    parts.append(value.slice(last));
    text.replaceWith(parts);
  }
  return template.innerHTML;
}

/** The editor's HTML as a snippet body: chips back to "{{…}}" text, then sanitised. */
export function fromEditorHtml(html: string): string {
  const template = parse(html);
  for (const chip of template.content.querySelectorAll(`span[${PLACEHOLDER_ATTR}]`)) {
    chip.replaceWith(`{{${chip.getAttribute(PLACEHOLDER_ATTR) ?? ''}}}`);
  }
  // An emptied editor still holds one empty paragraph; that is an empty body.
  const clean = sanitizeHtml(template.innerHTML);
  return clean === '<p></p>' ? '' : clean;
}
