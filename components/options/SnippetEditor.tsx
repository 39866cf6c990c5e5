import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { conflictOf } from '@/lib/queries/conflict';
import { SNIPPET_LANGUAGES, type Snippet, type SnippetLanguage } from '@/lib/db/schema';
import { saveDraftMutation } from '@/lib/queries/mutations';
import { errorText } from '@/lib/queries/options';
import { useUi } from '../useUi';
import { BodyField } from './BodyField';
import { RichBodyField } from './RichBodyField';
import { type Draft, draftSummary, draftTouched, fromSnippet } from '@/lib/queries/snippet-draft';
import { ConflictNotice } from '../ConflictNotice';
import { MoodPicker } from './MoodPicker';
import { SnippetPreview } from './SnippetPreview';
import { VariantPicker } from './VariantPicker';

/** Creates a snippet, or edits `editing`. Unknown placeholders and taken shortcuts are refused with a message. */
export function SnippetEditor({
  editing,
  snippets,
  onClose,
  onDuplicate,
  onDelete,
}: {
  editing?: Snippet;
  snippets: Snippet[];
  onClose: () => void;
  onDuplicate: (s: Snippet) => void;
  onDelete: (s: Snippet) => void;
}) {
  const { t, lang } = useUi();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => fromSnippet(editing));
  // What the form was loaded from: tells an untouched form from one the agent changed.
  const [loaded, setLoaded] = useState<Draft>(draft);
  const load = (s?: Snippet) => {
    const next = fromSnippet(s);
    setDraft(next);
    setLoaded(next);
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    ...saveDraftMutation(client, { editing, snippets, lang, t }),
    onSuccess: (saved) => load(editing ? saved : undefined),
  });
  const touched = draftTouched(draft, loaded);
  const movedOn = editing !== undefined && editing.updatedAt !== draft.base;
  // Changed in another tab: an untouched form follows (adjusted while rendering, as React
  // recommends for state derived from props); a touched one keeps the agent's text.
  if (editing && editing.updatedAt > (loaded.base ?? 0) && !touched && !save.isPending) load(editing);
  const conflict = conflictOf<Snippet>(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };

  return (
    <section aria-labelledby="editor-h" className="editor">
      <h2 id="editor-h">{editing ? t('editSnippet', { title: editing.title }) : t('newSnippet')}</h2>
      <form onSubmit={submit}>
        <div className="row">
          <label>
            {t('title')}
            <input
              id="snippet-title"
              name="title"
              required
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </label>
          <label>
            {t('shortcut')}
            <input name="shortcut" value={draft.shortcut} onChange={(e) => set({ shortcut: e.target.value })} />
          </label>
          <label>
            {t('aliases')}
            <input name="aliases" value={draft.aliases} onChange={(e) => set({ aliases: e.target.value })} />
          </label>
          <label>
            {t('language')}
            <select
              name="language"
              value={draft.language}
              onChange={(e) =>
                set({ language: e.target.value as SnippetLanguage, inferred: { ...draft.inferred, language: false } })
              }
            >
              {SNIPPET_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {l === 'any' ? t('languageAny') : l}
                </option>
              ))}
            </select>
            {draft.inferred?.language && (
              <small className="muted" data-testid="language-inferred">
                {t('inferredHint')}
              </small>
            )}
          </label>
          <label>
            {t('formatLabel')}
            <select value={draft.format} onChange={(e) => set({ format: e.target.value as Snippet['format'] })}>
              <option value="text">{t('formatText')}</option>
              <option value="html">HTML</option>
            </select>
          </label>
        </div>
        <label>
          {t('tagsLabel')}
          <input name="tags" value={draft.tags} onChange={(e) => set({ tags: e.target.value })} />
        </label>
        {draft.format === 'html' ? (
          <RichBodyField value={draft.body} onChange={(body) => set({ body })} />
        ) : (
          <BodyField value={draft.body} onChange={(body) => set({ body })} />
        )}
        <SnippetPreview body={draft.body} format={draft.format} language={draft.language} />
        <MoodPicker
          value={draft.moods}
          onChange={(moods) => set({ moods, inferred: { ...draft.inferred, moods: false } })}
        />
        {draft.inferred?.moods && (
          <small className="muted" data-testid="moods-inferred">
            {t('inferredHint')}
          </small>
        )}
        <VariantPicker
          ownId={editing?.id}
          language={draft.language}
          variantGroup={draft.variantGroup}
          linkTo={draft.linkTo}
          snippets={snippets}
          onLink={(linkTo) => set({ linkTo })}
          onUnlink={() => set({ variantGroup: undefined, linkTo: '' })}
        />
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('save')}
          </button>
          {editing && (
            <>
              <button type="button" onClick={onClose}>
                {t('closeEditor')}
              </button>
              <button type="button" onClick={() => onDuplicate(editing)}>
                {t('duplicate')}
              </button>
              <button type="button" onClick={() => onDelete(editing)}>
                {t('deleteSnippet')}
              </button>
            </>
          )}
        </div>
        {movedOn && touched && !conflict && (
          <p role="status" className="muted" data-testid="form-changed-elsewhere">
            {t('changedElsewhere')}
          </p>
        )}
        {conflict && (
          <ConflictNotice
            testId="form-conflict"
            message={t('conflictSnippet')}
            mine={draftSummary(draft)}
            theirs={draftSummary(fromSnippet(conflict))}
            onReload={() => {
              load(conflict);
              save.reset();
            }}
            onKeepMine={() => save.mutate({ ...draft, base: conflict.updatedAt })}
          />
        )}
        {save.isError && !conflict && (
          <p role="alert" className="error" data-testid="form-error">
            {errorText(save.error, t)}
          </p>
        )}
        {save.isSuccess && (
          <p role="status" data-testid="form-saved">
            {t('saved')}
          </p>
        )}
      </form>
    </section>
  );
}
