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
