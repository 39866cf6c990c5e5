import { issueNotice } from '../db/errors';
import type { Notice } from '../i18n/notice';
import { validateTemplate } from '../template';
import { CONTENT_KEYS, type ContentKey, ImportCandidateSchema, type ImportEntry, type ParseOptions } from './types';

// Turns what a codec read into a validated ImportEntry. Codecs put only the fields their
// format knows into `raw`; those become `provided`, so re-importing a CSV never clears,
// say, the moods an agent set on a snippet since.

export interface EntryInput {
  index: number;
  raw: Record<string, unknown>;
  /** Check placeholders with the template language (foreign formats; our own is trusted as stored). */
  checkTemplate: boolean;
  /** Problems the codec already found (e.g. an Espanso variable it cannot convert). */
  problems?: Notice[];
  remarks?: Notice[];
}

export function makeEntry(input: EntryInput): ImportEntry {
  const { index, raw } = input;
  const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : undefined;
  const provided = CONTENT_KEYS.filter((key): key is ContentKey => key in raw && raw[key] !== undefined);
  const problems = [...(input.problems ?? [])];
  const remarks = input.remarks ?? [];
  const result = ImportCandidateSchema.safeParse(raw);
  if (!result.success) {
    problems.push(...result.error.issues.map(issueNotice));
  } else if (input.checkTemplate) {
    const checked = validateTemplate(result.data.body);
    if (!checked.ok) problems.push(...distinct(checked.errors.map((e) => e.notice)));
  }
  if (problems.length > 0 || !result.success) return { index, title, problems, provided, remarks };
  return { index, title, candidate: result.data, problems: [], provided, remarks };
}

/** The same problem written twice in a body is reported once. */
function distinct(notices: readonly Notice[]): Notice[] {
  const seen = new Map(notices.map((n) => [JSON.stringify(n), n]));
  return [...seen.values()];
}

/** Lower-case, trimmed, whitespace collapsed: how titles and tags are compared. */
export function normalizeLabel(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Tags without empties or duplicates (case-insensitive), in order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.trim().replace(/\s+/g, ' ');
    const key = t.toLowerCase();
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** Our migration's heuristic: a body with a tag in it is HTML. */
export function looksLikeHtml(body: string): boolean {
  return /<\/?[a-z][^>]*>/i.test(body);
}

/** Calls onProgress every `step` items and at the end; cheap enough for 10k entries. */
export function reportEvery(options: ParseOptions, total: number, step = 500): (done: number) => void {
  const onProgress = options.onProgress;
  if (!onProgress) return () => {};
  return (done) => {
    if (done === total || done % step === 0) onProgress({ phase: 'parse', done, total });
  };
}
