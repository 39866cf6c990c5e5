// Strings the content script shows in the page (insertion failures, toasts). They are part
// of the catalogue (messages.ts merges them) but live apart, so the content script bundles
// these few and not the whole catalogue. The language is the agent's setting, sent by the
// background with the content script's configuration (`content.config`), not the browser's.

export const CONTENT_EN = {
  insertNoTarget: 'Click into a reply box first, then insert again.',
  insertReadOnly: 'This box is read-only, so Tonlage could not insert the text.',
  insertRejected: 'The editor did not accept the text.',
  insertUnverified:
    'The editor changed, but Tonlage could not confirm the text arrived intact. Please check the reply.',
  insertCopied: 'The text is on the clipboard: paste it with Ctrl+V.',
  paletteHidden: 'Tonlage closed the palette because the page hid or covered it. Your text is unchanged.',
} as const;
export type ContentKey = keyof typeof CONTENT_EN;

export const CONTENT_DE: Record<ContentKey, string> = {
  insertNoTarget: 'Klicken Sie zuerst in ein Antwortfeld und fügen Sie dann erneut ein.',
  insertReadOnly: 'Dieses Feld ist schreibgeschützt, deshalb konnte Tonlage den Text nicht einfügen.',
  insertRejected: 'Der Editor hat den Text nicht angenommen.',
  insertUnverified:
    'Der Editor hat sich verändert, aber Tonlage konnte nicht bestätigen, dass der Text vollständig angekommen ist. Bitte prüfen Sie die Antwort.',
  insertCopied: 'Der Text liegt in der Zwischenablage: Fügen Sie ihn mit Strg+V ein.',
  paletteHidden:
    'Tonlage hat die Palette geschlossen, weil die Seite sie versteckt oder verdeckt hat. Ihr Text ist unverändert.',
};

// Until the background answers, the browser's language is the best guess.
let language: 'de' | 'en' = globalThis.navigator?.language?.toLowerCase().startsWith('de') ? 'de' : 'en';

/** Called with each configuration the background sends. */
export function setContentLanguage(next: 'de' | 'en'): void {
  language = next;
}

export function contentText(key: ContentKey): string {
  return (language === 'de' ? CONTENT_DE : CONTENT_EN)[key];
}
