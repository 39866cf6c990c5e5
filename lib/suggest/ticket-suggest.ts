import { getDb } from '../db/database';
import { listOutcomes } from '../db/outcomes';
import type { LibraryHit } from '../db/shelf-schema';
import { subscribe } from '../messaging/broadcast';
import type { SuggestedHit } from '../messaging/library';
import type { TicketContext } from '../sites/context';
import { tallyCalming } from './calming';
import { readTicket } from './customer';
import { selectSuggestions } from './select';

// The palette's suggestions for the ticket in its tab (issue #15): the same ranking as the
// side panel's (select.ts), run in the background because the palette frame, inside a
// helpdesk page, may not open the library's IndexedDB itself. The library is read once and
// kept while it is unchanged: own snippets and the entries of switched-on team shelves.
// The topic index (topic-index.ts) is keyed by this array and re-stems only changed snippets.

let library: Promise<LibraryHit[]> | undefined;
let calming: Promise<ReturnType<typeof tallyCalming>> | undefined;
let watching = false;

async function load(): Promise<LibraryHit[]> {
  const { snippets, shelves, shelfEntries } = getDb();
  const [own, enabled] = await Promise.all([snippets.toArray(), shelves.filter((s) => s.enabled).toArray()]);
  const byShelf = new Map(enabled.map((s) => [s.id, s]));
  const entries =
    byShelf.size > 0
      ? await shelfEntries
          .where('shelfId')
          .anyOf([...byShelf.keys()])
          .toArray()
      : [];
  const team = entries.map(({ shelfId, origin, ...snippet }): LibraryHit => {
    const shelf = byShelf.get(shelfId)!;
    const mark = { shelfId, kind: shelf.kind, label: shelf.label };
    return { ...snippet, team: origin.actions?.length ? { ...mark, actions: origin.actions } : mark };
  });
  return [...own, ...team];
}

function watch(): void {
  if (watching) return;
  watching = true;
  subscribe((event) => {
    if (event.kind !== 'library-changed') return;
    if (event.tables.includes('snippets') || event.tables.includes('shelves')) library = undefined;
    if (event.tables.includes('usage')) calming = undefined;
  });
}

/** The templates, then the mood phrases, that suit the conversation; nothing without one. */
export async function suggestForContext(
  context: TicketContext | null,
  options: { now: number; templates: number; phrases: number },
): Promise<SuggestedHit[]> {
  const text = context?.lastCustomerMessage?.text ?? '';
  if (!context || (!text && !context.subject)) return [];
  watch();
  // Cleared again if it failed, so that the next palette asks afresh.
  library ??= load().catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  calming ??= listOutcomes()
    .then(tallyCalming)
    .catch(() => new Map());
  const [snippets, calmed] = await Promise.all([library, calming]);
  const ticket = readTicket({ subject: context.subject, text, language: context.language });
  const { templates, phrases } = selectSuggestions(snippets, ticket.moods, {
    language: ticket.language,
    subject: context.subject,
    messageText: ticket.message,
    calming: calmed,
    now: options.now,
    templates: options.templates,
    phrases: options.phrases,
  });
  return [...templates, ...phrases].map((s) => ({
    hit: s.snippet as LibraryHit,
    topics: s.topics,
    matched: s.matched,
    calms: s.calms,
  }));
}
