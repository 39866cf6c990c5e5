import { contentText, type ContentKey } from '../i18n/content';

// What the agent reads when an insertion fails, in the agent's interface language.

const KEYS = {
  'no-target': 'insertNoTarget',
  'read-only': 'insertReadOnly',
  rejected: 'insertRejected',
  unverified: 'insertUnverified',
} as const satisfies Record<string, ContentKey>;

export type FailureReason = keyof typeof KEYS;

export function failureMessage(reason: FailureReason, copied: boolean): string {
  const text = contentText(KEYS[reason]);
  return copied ? `${text} ${contentText('insertCopied')}` : text;
}
