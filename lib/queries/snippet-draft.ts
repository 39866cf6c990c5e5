import type { Mood, Snippet, SnippetLanguage } from '../db/schema';
import { createSnippet, updateSnippet } from '../db/snippets';
import { parseTags, type Translate } from './options';
import { validateTemplate } from '../template';

// The snippet editor's form state and its save: template check first, then the variant
// link, then the repository (which refuses a taken shortcut with its own message).

export interface Draft {
  title: string;
  shortcut: string;
  /** Further shortcuts, separated by spaces or commas. */
  aliases: string;
  body: string;
  format: Snippet['format'];
  tags: string;
  language: SnippetLanguage;
  moods: Mood[];
  /** Which of language and moods Tonlage inferred; the editor sets a mark to false when the agent picks. */
  inferred?: Snippet['inferred'];
  variantGroup?: string;
  linkTo: string;
  /** The revision (updatedAt) of the snippet this form was loaded from; saving is refused if it moved on. */
  base?: number;
}

export const fromSnippet = (s?: Snippet): Draft => ({
  title: s?.title ?? '',
  shortcut: s?.shortcut ?? '',
  aliases: s?.aliases?.join(' ') ?? '',
  body: s?.body ?? '',
  format: s?.format ?? 'text',
  tags: s?.tags.join(', ') ?? '',
  language: s?.language ?? 'any',
  moods: s?.moods ?? [],
  inferred: s?.inferred,
  variantGroup: s?.variantGroup,
  linkTo: '',
  base: s?.updatedAt,
});

/** Whether the agent changed anything in the form since it was loaded from `loaded`. */
export function draftTouched(draft: Draft, loaded: Draft): boolean {
  const { base: _a, ...mine } = draft;
  const { base: _b, ...original } = loaded;
  return JSON.stringify(mine) !== JSON.stringify(original);
}

/** The fields a "see both" comparison shows, one per line. */
export function draftSummary(d: Draft): string {
  return [
    d.title,
    d.shortcut && `⌨ ${[d.shortcut, d.aliases].filter(Boolean).join(' ')}`,
    d.tags && `# ${d.tags}`,
    '',
    d.body,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

export interface SaveDraftContext {
  editing?: Snippet;
  snippets: readonly Snippet[];
  lang: 'de' | 'en';
  t: Translate;
}

export async function saveDraft(d: Draft, ctx: SaveDraftContext): Promise<Snippet> {
  const { editing, snippets, t } = ctx;
  const check = validateTemplate(d.body);
  if (!check.ok) {
    const detail = check.errors
      .map((e) => `${t(e.notice.code, e.notice.params)} (${t('atCharacter', { n: e.start + 1 })})`)
      .join(' ');
    throw new Error(`${t('templateRefused')} ${detail}`);
  }
  let variantGroup = d.variantGroup;
  const target = d.linkTo ? snippets.find((s) => s.id === d.linkTo) : undefined;
  if (target) {
    variantGroup = target.variantGroup ?? crypto.randomUUID();
    if (!target.variantGroup) await updateSnippet(target.id, { variantGroup }, { base: target.updatedAt });
  }
  const fields = {
    title: d.title,
    shortcut: d.shortcut.trim() || undefined,
    aliases: d.aliases.split(/[\s,]+/).filter(Boolean),
    body: d.body,
    format: d.format,
    tags: parseTags(d.tags),
    language: d.language,
    moods: d.moods,
    inferred: d.inferred,
    variantGroup,
  };
  // The base is the form's, never the list's current copy: that one already holds the other
  // tab's save, and writing over it would be exactly the silent loss this check prevents.
  return editing ? updateSnippet(editing.id, fields, { base: d.base ?? -1 }) : createSnippet(fields);
}
