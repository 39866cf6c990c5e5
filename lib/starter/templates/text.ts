/** Joins paragraphs with a blank line: a template body reads like the email it becomes. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}

/** Sign-offs used across the starter library. */
export const SIGN = {
  de: 'Viele Grüße\n{{agent.name}}',
  deWarm: 'Herzliche Grüße\n{{agent.name}}',
  deDu: 'Liebe Grüße\n{{agent.first_name}}',
  en: 'Kind regards\n{{agent.name}}',
  enWarm: 'Warm regards\n{{agent.name}}',
} as const;

/** Greetings: the Sie-form uses the full name, the du-form and English the first name. */
export const HELLO = {
  de: 'Guten Tag {{customer.name}},',
  deDu: 'Hallo {{customer.first_name}},',
  en: 'Hi {{customer.first_name}},',
  enFormal: 'Dear {{customer.name}},',
} as const;
