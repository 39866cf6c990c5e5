import { ShortcutSchema, type Snippet } from '../db/schema';
import { withInferredFacets } from '../suggest/infer';
import { compact, sameData } from './same';
import { CONTENT_KEYS, type ContentKey, type ImportCandidate } from './types';

// How an import candidate becomes a stored record: as a new snippet, as an update of the
// snippet it matched (only the fields the file provides), or as the restore of a snippet
// matched by id (our own format: the file's record is the truth, timestamps included).

const SHORTCUT_MAX = ShortcutSchema.maxLength ?? 40;

function contentOf(c: ImportCandidate): Pick<Snippet, ContentKey> {
  const out: Partial<Record<ContentKey, unknown>> = {};
  for (const key of CONTENT_KEYS) out[key] = c[key];
  return out as Pick<Snippet, ContentKey>;
}

// Imported macros and matches rarely say their language or moods; inferring them on import
// (issue #15) is what lets them take part in suggestions. What the file or agent set stays.
// The dry run, each change of policy and the commit plan the same parsed file again; the
// inference depends only on the entry's text, so it runs once per entry (issue #20).
type Facets = Pick<Snippet, 'language' | 'moods' | 'inferred'>;
const INFERRED = new WeakMap<ImportCandidate, Facets>();

/** The language and moods a new record of `c` gets; they depend only on its content. */
function facetsOf(c: ImportCandidate): Facets {
  let facets = INFERRED.get(c);
  if (!facets) {
    const { language, moods, inferred } = withInferredFacets(contentOf(c));
    facets = { language, moods, inferred };
    INFERRED.set(c, facets);
  }
  return facets;
}

/**
 * Infers ahead what a commit would infer for `c` as a new record, so that the commit finds
 * it done (the import worker does this while the agent reads the dry run).
 */
export function inferAhead(c: ImportCandidate): void {
  facetsOf(c);
}

/** `infer` false (the dry run): language and moods as the file has them. */
export function newRecord(c: ImportCandidate, id: string, now: number, infer = true): Snippet {
  const record: Snippet = {
    ...contentOf(c),
    id,
    createdAt: c.createdAt ?? now,
    updatedAt: c.updatedAt ?? now,
    useCount: c.useCount ?? 0,
    lastUsedAt: c.lastUsedAt,
  };
  if (!infer) return compact(record);
  const facets = facetsOf(c);
  // As withInferredFacets assigns them: in place, so the key order stays that of the record.
  const out: Snippet = { ...record, language: facets.language, moods: facets.moods };
  if (facets.inferred) out.inferred = facets.inferred;
  else delete out.inferred;
  return compact(out);
}

/** Our format, same id: the file's record, with the stored values for what it leaves out. */
export function restoreRecord(target: Snippet, c: ImportCandidate, now: number): Snippet {
  const record = compact({
    ...contentOf(c),
    id: target.id,
    createdAt: c.createdAt ?? target.createdAt,
    updatedAt: c.updatedAt ?? target.updatedAt,
    useCount: c.useCount ?? target.useCount,
    lastUsedAt: c.useCount === undefined ? target.lastUsedAt : c.lastUsedAt,
  });
  if (c.updatedAt === undefined && !sameData(record, target)) record.updatedAt = now;
  return record;
}

/** An existing snippet with the provided content fields replaced; updatedAt moves only on a change. */
export function mergeContent(
  target: Snippet,
  c: ImportCandidate,
  provided: readonly ContentKey[],
  now: number,
  infer = true,
): Snippet {
  const record: Record<string, unknown> = { ...target };
  for (const key of provided) {
    if (c[key] === undefined) delete record[key];
    else record[key] = c[key];
  }
  const merged = compact(record) as Snippet;
  // Unchanged stays unchanged (a re-import is no reason to re-infer); a changed text is.
  if (sameData(merged, target)) return merged;
  const next = infer ? compact(withInferredFacets(merged)) : merged;
  next.updatedAt = Math.max(now, target.updatedAt);
  return next;
}

export function withoutShortcut(snippet: Snippet, now: number): Snippet {
  const next = { ...snippet, updatedAt: Math.max(now, snippet.updatedAt) };
  delete next.shortcut;
  return next;
}

/** "gruss" → "gruss-2" (or "-3", …), "gruss-2" → "gruss-3": the first one nobody holds or wants. */
export function freeShortcut(shortcut: string, taken: (candidate: string) => boolean): string {
  const numbered = /^(.+)-(\d{1,6})$/.exec(shortcut);
  const base = numbered?.[1] ?? shortcut;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SHORTCUT_MAX - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
