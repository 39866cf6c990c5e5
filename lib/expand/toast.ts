// A short message in the page (a failed insertion, a missing value), in a closed shadow
// root so the page's styles don't reach it. It shows only what the agent just inserted
// or a message about it.

let host: HTMLElement | undefined;

/** Our own toast must not cover the palette (its visibility check would count it as the page's doing). */
export function hideToast(): void {
  host?.remove();
}

export function showToast(lines: string[], doc: Document = document): void {
  if (lines.length === 0) return;
  host?.remove();
  host = doc.createElement('tonlage-toast');
  // Page CSS must not hide what Tonlage tells the agent (inline !important beats any stylesheet).
  host.setAttribute('style', 'all:initial!important;display:block!important');
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.style.cssText =
    'position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:360px;padding:10px 14px;border-radius:8px;' +
    'background:#1d2330;color:#fff;font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px #0004;white-space:pre-line';
  box.textContent = lines.join('\n');
  root.append(box);
  doc.documentElement.append(host);
  const mine = host;
  setTimeout(() => mine.remove(), 6000);
}
