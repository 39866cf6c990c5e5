import type { Mood, Snippet, SnippetLanguage } from '../db/schema';
import { createSnippet, updateSnippet } from '../db/snippets';
import { parseTags, type Translate } from './options';
import { validateTemplate } from '../template';

// The snippet editor's form state and its save: template check first, then the variant
// link, then the repository (which refuses a taken shortcut with its own message).

export interface Draft {
  title: string;
  shortcut: string;
  body: string;
  format: Snippet['format'];
  tags: string;
  language: SnippetLanguage;
  moods: Mood[];
  variantGroup?: string;
  linkTo: string;
}

export const fromSnippet = (s?: Snippet): Draft => ({
  title: s?.title ?? '',
  shortcut: s?.shortcut ?? '',
  body: s?.body ?? '',
  format: s?.format ?? 'text',
  tags: s?.tags.join(', ') ?? '',
  language: s?.language ?? 'any',
  moods: s?.moods ?? [],
  variantGroup: s?.variantGroup,
  linkTo: '',
});

export interface SaveDraftContext {
  editing?: Snippet;
  snippets: readonly Snippet[];
  lang: 'de' | 'en';
  t: Translate;
}

export async function saveDraft(d: Draft, ctx: SaveDraftContext): Promise<Snippet> {
  const { editing, snippets, lang, t } = ctx;
  const check = validateTemplate(d.body, { uiLanguage: lang });
  if (!check.ok) {
    const detail = check.errors.map((e) => `${e.message} (${t('atCharacter', { n: e.start + 1 })})`).join(' ');
    throw new Error(`${t('templateRefused')} ${detail}`);
  }
  let variantGroup = d.variantGroup;
  const target = d.linkTo ? snippets.find((s) => s.id === d.linkTo) : undefined;
  if (target) {
    variantGroup = target.variantGroup ?? crypto.randomUUID();
    if (!target.variantGroup) await updateSnippet(target.id, { variantGroup });
  }
  const fields = {
    title: d.title,
    shortcut: d.shortcut.trim() || undefined,
    body: d.body,
    format: d.format,
    tags: parseTags(d.tags),
    language: d.language,
    moods: d.moods,
    variantGroup,
  };
  return editing ? updateSnippet(editing.id, fields) : createSnippet(fields);
}
