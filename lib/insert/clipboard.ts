/** Puts text on the clipboard so that a failed insertion loses nothing. Returns whether it worked. */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No focus or no permission for the async API: the copy command works in the page with
    // the extension's clipboardWrite permission.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:-9999px';
    const previous = doc.activeElement as HTMLElement | null;
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    previous?.focus({ preventScroll: true });
    return ok;
  }
}
