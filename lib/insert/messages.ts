// What the agent reads when an insertion fails. The content script has no settings
// access, so it follows the browser's language.

const MESSAGES = {
  en: {
    'no-target': 'Click into a reply box first, then insert again.',
    'read-only': 'This box is read-only, so Tonlage could not insert the text.',
    rejected: 'The editor did not accept the text.',
    unverified: 'The editor changed, but Tonlage could not confirm the text arrived intact. Please check the reply.',
    copied: 'The text is on the clipboard: paste it with Ctrl+V.',
  },
  de: {
    'no-target': 'Klicken Sie zuerst in ein Antwortfeld und fügen Sie dann erneut ein.',
    'read-only': 'Dieses Feld ist schreibgeschützt, deshalb konnte Tonlage den Text nicht einfügen.',
    rejected: 'Der Editor hat den Text nicht angenommen.',
    unverified:
      'Der Editor hat sich verändert, aber Tonlage konnte nicht bestätigen, dass der Text vollständig angekommen ist. Bitte prüfen Sie die Antwort.',
    copied: 'Der Text liegt in der Zwischenablage: Fügen Sie ihn mit Strg+V ein.',
  },
} as const;

export type FailureReason = Exclude<keyof (typeof MESSAGES)['en'], 'copied'>;

export function failureMessage(reason: FailureReason, copied: boolean, language = navigator.language): string {
  const table = language.toLowerCase().startsWith('de') ? MESSAGES.de : MESSAGES.en;
  return copied ? `${table[reason]} ${table.copied}` : table[reason];
}
