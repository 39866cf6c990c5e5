import type { MessageKey } from './en';

// Which catalogue entry (en.ts, de.ts: "Zendesk team shelf") names a stored shelf error.

const FAILURES = [
  'logged-out',
  'forbidden',
  'rate-limited',
  'network',
  'offline',
  'http',
  'invalid',
  'too-large',
] as const;

/** The message for a stored shelf error; a code the Zendesk shelf never records reads as an HTTP error. */
export function zendeskErrorKey(code: string): MessageKey {
  return `zendeskShelfError_${(FAILURES as readonly string[]).includes(code) ? code : 'http'}` as MessageKey;
}

// Zendesk's action field names as an agent knows them from the macro editor.
const ACTION_NAMES: Record<string, { en: string; de: string }> = {
  status: { en: 'the status', de: 'den Status' },
  priority: { en: 'the priority', de: 'die Priorität' },
  type: { en: 'the type', de: 'den Typ' },
  current_tags: { en: 'tags', de: 'Tags' },
  set_tags: { en: 'tags', de: 'Tags' },
  remove_tags: { en: 'tags', de: 'Tags' },
  assignee_id: { en: 'the assignee', de: 'die zuständige Person' },
  group_id: { en: 'the group', de: 'die Gruppe' },
  subject: { en: 'the subject', de: 'den Betreff' },
};

/** "the status, tags and the assignee" for a macro's actions; unknown fields read as "ticket fields". */
export function zendeskActionNames(fields: readonly string[], lang: 'de' | 'en'): string {
  const names = [
    ...new Set(fields.map((f) => ACTION_NAMES[f]?.[lang] ?? (lang === 'de' ? 'Ticketfelder' : 'ticket fields'))),
  ];
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${names.at(-1)}`;
}
