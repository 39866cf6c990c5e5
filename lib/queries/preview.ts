import type { Snippet } from '../db/schema';
import type { Notice } from '../i18n/notice';
import { htmlToText, renderTemplate, validateTemplate } from '../template';
import { detectLanguage } from '../tone/language';
import { sampleValues } from './options';

// The editor's preview. There is no ticket on the options page, so every value comes from a
// sample ticket and every fill-in field shows its label as a marked slot; nothing is ever
// reported as "not found on this page". Dates follow the snippet's language (a German text
// gets a German date whatever the interface language), detected from the text when the
// snippet is marked for any language.

export interface Preview {
  locale: 'de' | 'en';
  text: string;
  /** For HTML snippets; sanitise before showing it. */
  html?: string;
  /** Template problems, for the page to render in the agent's language. */
  errors: Notice[];
}

export interface PreviewInput extends Pick<Snippet, 'body' | 'format' | 'language'> {
  uiLanguage: 'de' | 'en';
  agentName: string;
  /** Shown where the agent's name goes when the settings have none. */
  agentSample: string;
  /** The marked slot of a fill-in field: "[Betrag]". */
  fieldSlot: (label: string) => string;
  now?: number;
}

export function previewLocale(body: string, format: Snippet['format'], language: Snippet['language'], ui: 'de' | 'en') {
  if (language !== 'any') return language;
  return detectLanguage(format === 'html' ? htmlToText(body) : body, ui);
}

export function previewOf(input: PreviewInput): Preview {
  const { body, format, language, uiLanguage } = input;
  const locale = previewLocale(body, format, language, uiLanguage);
  const values = sampleValues(input.agentName.trim() || input.agentSample, locale, input.now);
  const check = validateTemplate(body);
  if (check.ok) for (const field of check.fields) values.fields[field.key] = input.fieldSlot(field.label);
  const result = renderTemplate(body, values, { format });
  return { locale, text: result.text, html: result.html, errors: result.errors.map((e) => e.notice) };
}
