import type { SnippetDraft } from '../../db/schema';
import { parseZendesk } from '../../formats/zendesk';
import { translate } from '../../i18n/messages';
import { withInferredFacets } from '../../suggest/infer';
import type { TeamMacro } from './api';

// Team macros become shelf entries through the same codec as a Zendesk import, so
// categories, HTML comments and placeholders mean the same in both. Runs in the background,
// off the Zendesk page's main thread.

export interface TeamEntry {
  draft: SnippetDraft;
  origin: { kind: 'zendesk'; remoteId: string; updatedAt: number };
  /** Ticket-field actions the macro has in Zendesk and Tonlage does not apply (status, tags, …). */
  actions: string[];
}

export interface TeamEntries {
  entries: TeamEntry[];
  /** Macros with nothing to insert (no comment) or with a placeholder Tonlage does not know. */
  skipped: { id: string; title: string; problem: string }[];
}

export function teamEntries(macros: readonly TeamMacro[], uiLanguage: 'de' | 'en'): TeamEntries {
  if (macros.length === 0) return { entries: [], skipped: [] };
  const asApi = macros.map((m) => ({
    title: m.title,
    active: m.active,
    actions: [...m.comments, ...m.otherActions.map((field) => ({ field }))],
  }));
  const parsed = parseZendesk({ macros: asApi });
  const result: TeamEntries = { entries: [], skipped: [] };
  parsed.entries.forEach((entry, i) => {
    const macro = macros[i]!;
    if (!entry.candidate) {
      const problem = entry.problems[0];
      const text = problem ? translate(uiLanguage, problem.code, problem.params) : '';
      result.skipped.push({ id: macro.id, title: macro.title, problem: text });
      return;
    }
    const { id: _id, createdAt: _c, updatedAt: _u, useCount: _n, lastUsedAt: _l, ...draft } = entry.candidate;
    result.entries.push({
      // Language and moods from the text, as for an import: so the macro is suggested for its topic and mood.
      draft: withInferredFacets(draft),
      origin: { kind: 'zendesk', remoteId: macro.id, updatedAt: macro.updatedAt },
      actions: macro.otherActions,
    });
  });
  return result;
}
