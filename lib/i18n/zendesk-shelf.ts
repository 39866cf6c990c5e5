import type { MessageKey } from './en';
import { translate } from './messages';

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

// Zendesk's action fields, named as an agent knows them from the macro editor (catalogue
// entries `zendeskAction_*`).
const ACTION_KEYS: Record<string, MessageKey> = {
  status: 'zendeskAction_status',
  priority: 'zendeskAction_priority',
  type: 'zendeskAction_type',
  current_tags: 'zendeskAction_tags',
  set_tags: 'zendeskAction_tags',
  remove_tags: 'zendeskAction_tags',
  assignee_id: 'zendeskAction_assignee',
  group_id: 'zendeskAction_group',
  subject: 'zendeskAction_subject',
};

/** "the status, tags and the assignee" for a macro's actions; unknown fields read as "ticket fields". */
export function zendeskActionNames(fields: readonly string[], lang: 'de' | 'en'): string {
  const names = [...new Set(fields.map((f) => translate(lang, ACTION_KEYS[f] ?? 'zendeskAction_other')))];
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${translate(lang, 'zendeskAction_and')} ${names.at(-1)}`;
}
