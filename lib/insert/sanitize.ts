import DOMPurify from 'dompurify';

// Snippet HTML is the agent's own, but it may come from an import (Zendesk macros, Espanso,
// CSV): it is sanitised right before it reaches a page. Only formatting a reply needs
// survives: no scripts, event handlers, javascript: URLs, iframes, forms or styles.

const ALLOWED_TAGS = [
  'p',
  'br',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
];

export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
    KEEP_CONTENT: true,
  });
}
