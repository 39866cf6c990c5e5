import type { Snippet } from '../db/schema';
import { resolveUiLanguage, translate } from '../i18n/messages';
import type { RenderedSnippet } from '../messaging/background';
import { getSettings } from '../settings';
import type { TicketContext } from '../sites/context';
import { renderTemplate } from './render';
import { validateTemplate } from './validate';
import { valuesFromContext } from './values';

function fieldsOf(body: string): string[] {
  const result = validateTemplate(body);
  return result.ok ? result.fields.map((f) => f.label) : [];
}

/**
 * Fills a snippet with a conversation's values for one insertion. Dates follow the
 * snippet's language, else the conversation's; the agent's name comes from the settings,
 * else from the page.
 */
export async function renderSnippet(
  snippet: Snippet,
  context: TicketContext | null,
  fields: Record<string, string> = {},
  now = Date.now(),
): Promise<RenderedSnippet> {
  const settings = await getSettings();
  const locale = snippet.language !== 'any' ? snippet.language : (context?.language ?? 'de');
  const values = valuesFromContext(context ?? undefined, { name: settings.agentName || undefined }, now, {
    fields,
    locale,
  });
  const uiLanguage = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
  const result = renderTemplate(snippet.body, values, { format: snippet.format });
  return {
    snippetId: snippet.id,
    title: snippet.title,
    request: { text: result.text, html: result.html, cursor: result.cursor, snippetId: snippet.id },
    // The content script shows these as they are, so they are translated here.
    hints: [...result.hints, ...result.errors.map((e) => e.notice)].map((n) => translate(uiLanguage, n.code, n.params)),
    fields: fieldsOf(snippet.body),
  };
}
