import type { Snippet } from '../db/schema';
import { resolveUiLanguage, translate, type UiLanguage } from '../i18n/messages';
import type { Notice } from '../i18n/notice';
import type { RenderedSnippet } from '../messaging/background';
import { getSettings } from '../settings';
import type { TicketContext } from '../sites/context';
import { renderTemplate } from './render';
import { validateTemplate } from './validate';
import { valuesFromContext } from './values';

function fieldsOf(body: string): string[] {
  const result = validateTemplate(body, { askUnknown: true });
  return result.ok ? result.fields.map((f) => f.label) : [];
}

/** The hints and problems in the agent's language: the content script shows them as they are. */
function hintsOf(result: { hints: Notice[]; errors: { notice: Notice }[] }, lang: UiLanguage): string[] {
  return [...result.hints, ...result.errors.map((e) => e.notice)].map((n) => translate(lang, n.code, n.params));
}

/** The preview of a snippet as the palette shows it: text with empty fill-in fields as slots. */
export type PreviewPart = { text: string } | { slot: string };

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
  const { result, uiLanguage } = await render(snippet, context, fields, now, false);
  return {
    snippetId: snippet.id,
    title: snippet.title,
    request: {
      text: result.text,
      html: result.html,
      cursor: result.cursor,
      stops: result.stops && result.stops.length > 1 ? result.stops : undefined,
      snippetId: snippet.id,
    },
    hints: hintsOf(result, uiLanguage),
    fields: fieldsOf(snippet.body),
  };
}

/** The snippet's text with each empty fill-in field a slot, and the hints besides fields. */
export async function previewSnippet(
  snippet: Snippet,
  context: TicketContext | null,
  fields: Record<string, string> = {},
  now = Date.now(),
): Promise<{ parts: PreviewPart[]; hints: string[] }> {
  const { result, uiLanguage } = await render(snippet, context, fields, now, true);
  const [open, close] = result.slotMarks!;
  const parts: PreviewPart[] = [];
  for (const [k, piece] of result.text.split(open).entries()) {
    const end = k === 0 ? -1 : piece.indexOf(close);
    if (end >= 0) parts.push({ slot: piece.slice(0, end) });
    const rest = end >= 0 ? piece.slice(end + close.length) : piece;
    if (rest) parts.push({ text: rest });
  }
  return { parts, hints: hintsOf(result, uiLanguage) };
}

async function render(
  snippet: Snippet,
  context: TicketContext | null,
  fields: Record<string, string>,
  now: number,
  slots: boolean,
) {
  const settings = await getSettings();
  const locale = snippet.language !== 'any' ? snippet.language : (context?.language ?? 'de');
  const values = valuesFromContext(context ?? undefined, { name: settings.agentName || undefined }, now, {
    fields,
    locale,
  });
  const uiLanguage = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
  const result = renderTemplate(snippet.body, values, { format: snippet.format, askUnknown: true, slots });
  return { result, uiLanguage };
}
