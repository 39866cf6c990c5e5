const HONORIFICS = /^(herr|frau|hr\.?|fr\.?|dr\.?|prof\.?|mr\.?|mrs\.?|ms\.?|miss)\s+/i;

/** Splits a display name into first and last name; "Inabent, Joseph" and "Herr Dr. Joseph Inabent" work too. */
export function splitName(display: string | undefined): { firstName?: string; lastName?: string } {
  let name = (display ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/["']/g, '')
    .trim();
  if (!name || name.includes('@')) return {};
  if (name.includes(',')) {
    const [last, first] = name.split(',', 2).map((part) => part.trim());
    name = `${first} ${last}`.trim();
  }
  while (HONORIFICS.test(name)) name = name.replace(HONORIFICS, '');
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] };
  return { firstName: parts[0], lastName: parts.slice(1).join(' ') };
}

/** Whether an element is rendered (several tickets stay in the DOM; only one is shown). */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const html = el as HTMLElement;
  return typeof html.checkVisibility === 'function' ? html.checkVisibility() : true;
}
