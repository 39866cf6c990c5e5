// The page's structure around the reply box and the conversation, for a bug report about a
// site Tonlage no longer reads (issue #16): a maintainer turns it into a replica fixture.
// Only structure leaves the page: tags, data-test-id, classes, roles and aria attributes.
// Every text node goes, and so does every attribute value that could hold personal data
// (names, addresses, dates, ids, labels): such attributes keep their name with "…".

import type { SiteAdapter } from './adapter';

const MAX_ELEMENTS = 4000;
const MAX_CHILDREN = 60;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TONLAGE-PALETTE', 'TONLAGE-TOAST']);
/** aria attributes whose values come from a closed list; any other aria value may be a label. */
const ENUMERATED =
  /^(true|false|mixed|undefined|off|polite|assertive|horizontal|vertical|menu|listbox|tree|grid|dialog|page|step|location|date|time)$/;
const ARIA_ENUMERATED = new Set([
  'aria-selected',
  'aria-hidden',
  'aria-expanded',
  'aria-multiline',
  'aria-readonly',
  'aria-disabled',
  'aria-checked',
  'aria-pressed',
  'aria-haspopup',
  'aria-live',
  'aria-modal',
  'aria-orientation',
  'aria-current',
  'aria-busy',
]);
const TOKEN = /^[A-Za-z_-][\w-]{0,60}$/;
const EMAIL = /@/;
/** Attributes whose values describe structure, kept when they look like identifiers. */
const STRUCTURAL = new Set(['data-test-id', 'data-testid', 'role', 'type', 'contenteditable', 'g_editable', 'dir']);
/** Form controls keep their name ("subjectbox", "to"); other elements' name can be a person's. */
const CONTROL = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'FORM']);

function attributeText(el: Element, attr: Attr): string | null {
  const { name, value } = attr;
  const safe = (v: string) => TOKEN.test(v) && !EMAIL.test(v) && !/\d{3,}/.test(v);
  if (name === 'class') {
    const tokens = value.split(/\s+/).filter((c) => c && safe(c));
    return tokens.length ? `class="${tokens.join(' ')}"` : null;
  }
  if (name === 'name' && CONTROL.has(el.tagName)) return safe(value) ? `name="${value}"` : 'name="…"';
  if (STRUCTURAL.has(name)) return safe(value) ? `${name}="${value}"` : `${name}="…"`;
  if (name.startsWith('aria-')) {
    return ARIA_ENUMERATED.has(name) && ENUMERATED.test(value) ? `${name}="${value}"` : `${name}="…"`;
  }
  // Any other data- or Gmail attribute: its name tells the structure, its value may be personal.
  if (name.startsWith('data-') || name === 'email' || name === 'name' || name === 'hidden') {
    return name === 'hidden' ? 'hidden' : `${name}="…"`;
  }
  return null;
}

/** The element's structure as indented HTML without any text. */
export function pageSkeleton(root: Element): string {
  const lines: string[] = [];
  let count = 0;
  const walk = (el: Element, depth: number) => {
    if (SKIPPED.has(el.tagName) || count >= MAX_ELEMENTS) return;
    count++;
    const tag = el.tagName.toLowerCase();
    const attrs = [...el.attributes].map((a) => attributeText(el, a)).filter((a): a is string => !!a);
    const open = `${'  '.repeat(depth)}<${[tag, ...attrs].join(' ')}>`;
    const children = [...el.children];
    if (!children.length) {
      lines.push(`${open}</${tag}>`);
      return;
    }
    lines.push(open);
    for (const child of children.slice(0, MAX_CHILDREN)) walk(child, depth + 1);
    if (children.length > MAX_CHILDREN)
      lines.push(`${'  '.repeat(depth + 1)}<!-- ${children.length - MAX_CHILDREN} more -->`);
    lines.push(`${'  '.repeat(depth)}</${tag}>`);
  };
  walk(root, 0);
  if (count >= MAX_ELEMENTS) lines.push(`<!-- cut at ${MAX_ELEMENTS} elements -->`);
  return lines.join('\n');
}

/** The smallest element holding the reply box and every visible part the adapter watches. */
export function skeletonRoot(doc: Document, box: Element | undefined, watch: string): Element {
  const parts = [...doc.querySelectorAll(watch)];
  if (box) parts.push(box);
  let root: Element | null = parts[0] ?? null;
  for (const part of parts.slice(1)) {
    while (root && !root.contains(part)) root = root.parentElement;
  }
  return root ?? doc.body;
}

/** The skeleton a bug report carries for this page. */
export function skeletonOf(
  adapter: SiteAdapter | undefined,
  box: Element | undefined,
  doc: Document = document,
): string {
  return pageSkeleton(adapter ? skeletonRoot(doc, box, adapter.watch) : (box?.parentElement ?? doc.body));
}
