// Which element receives an insertion, and what kind it is.

export type TextControl = HTMLTextAreaElement | HTMLInputElement;
export type Target = { kind: 'text-control'; el: TextControl } | { kind: 'rich'; el: HTMLElement };

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

export function isTextControl(el: Element): el is TextControl {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type.toLowerCase());
}

/** The editing host (outermost contenteditable) that contains `el`. */
export function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if ((node as HTMLElement).isContentEditable) host = node as HTMLElement;
    else if (host) break;
  }
  return host;
}

export { deepActiveElement } from './selection';

export function toTarget(el: Element | null): Target | null {
  if (!el) return null;
  if (isTextControl(el)) return { kind: 'text-control', el };
  const host = editingHost(el);
  return host ? { kind: 'rich', el: host } : null;
}

export function isReadOnly(target: Target): boolean {
  if (target.kind === 'text-control') return target.el.readOnly || target.el.disabled;
  return !target.el.isContentEditable || target.el.getAttribute('aria-readonly') === 'true';
}
