// What the agent reads when the page hid or covered the palette. The content script has no
// settings access, so it follows the browser's language (as lib/insert/messages.ts).

export function hiddenMessage(language = navigator.language): string {
  return language.toLowerCase().startsWith('de')
    ? 'Tonlage hat die Palette geschlossen, weil die Seite sie versteckt oder verdeckt hat. Ihr Text ist unverändert.'
    : 'Tonlage closed the palette because the page hid or covered it. Your text is unchanged.';
}
