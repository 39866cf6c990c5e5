import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { parseHotkey } from '@/lib/expand/keys';
import { settingsQuery } from '@/lib/queries/library';
import { saveSettingsMutation } from '@/lib/queries/mutations';
import { settingsConflictOf } from '@/lib/queries/conflict';
import { errorText } from '@/lib/queries/options';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { ConflictNotice } from '../ConflictNotice';
import { SitesSettings } from '../SitesSettings';
import { useUi } from '../useUi';
import { HotkeyField } from './HotkeyField';
import { StarterRestore } from './StarterRestore';

type Form = Omit<Settings, 'enabledSites'>;
const FORM_KEYS = [
  'uiLanguage',
  'theme',
  'agentName',
  'agentSignature',
  'paletteHotkey',
  'expansionKey',
  'gentlerDay',
] as const satisfies readonly (keyof Form)[];

/** The agent's preferences; the form loads once the settings are read. */
export function SettingsSection() {
  const settings = useQuery(settingsQuery()).data;
  return (
    <>
      {settings && <SettingsForm initial={settings} />}
      <SitesSettings />
      <StarterRestore />
    </>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useUi();
  const client = useQueryClient();
  const [form, setForm] = useState<Form>(initial);
  // The settings the form was loaded from: the base of its compare-and-set save.
  const [base, setBase] = useState<Settings>(initial);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const save = useMutation(saveSettingsMutation(client));
  const load = (s: Settings) => {
    setForm(s);
    setBase(s);
  };
  const touched = FORM_KEYS.some((k) => form[k] !== base[k]);
  // Saved elsewhere: an untouched form follows (adjusted while rendering).
  if (initial !== base && !touched && !save.isPending && FORM_KEYS.some((k) => initial[k] !== base[k])) load(initial);
  const conflict = settingsConflictOf(save.error);
  const keys = (conflict?.keys ?? []).filter((k): k is (typeof FORM_KEYS)[number] => k !== 'enabledSites');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only the form's own keys: the sites list has its own section.
    const patch = Object.fromEntries(FORM_KEYS.map((k) => [k, form[k]])) as Partial<Form>;
    if (parseHotkey(form.paletteHotkey)) save.mutate({ patch, base });
  };
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t('settingsTitle')}</h2>
      <form onSubmit={submit}>
        <HotkeyField value={form.paletteHotkey} onChange={(paletteHotkey) => set({ paletteHotkey })} />
        <label>
          {t('expansionKey')}
          <select
            value={form.expansionKey}
            onChange={(e) => set({ expansionKey: e.target.value as Form['expansionKey'] })}
          >
            {(['Tab', 'Space', 'Enter'] as const).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agentName')}
          <input value={form.agentName} maxLength={200} onChange={(e) => set({ agentName: e.target.value })} />
        </label>
        <label>
          {t('agentSignature')}
          <textarea
            rows={3}
            value={form.agentSignature}
            maxLength={5000}
            onChange={(e) => set({ agentSignature: e.target.value })}
          />
        </label>
        <label>
          {t('uiLanguage')}
          <select value={form.uiLanguage} onChange={(e) => set({ uiLanguage: e.target.value as Form['uiLanguage'] })}>
            <option value="auto">{t('auto')}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('theme')}
          <select value={form.theme} onChange={(e) => set({ theme: e.target.value as Form['theme'] })}>
            <option value="auto">{t('auto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={form.gentlerDay}
            aria-describedby="gentler-day-hint"
            onChange={(e) => set({ gentlerDay: e.target.checked })}
          />{' '}
          {t('gentlerDay')}
        </label>
        <p className="muted" id="gentler-day-hint">
          {t('gentlerDayHint')}
        </p>
        <div className="row">
          <button type="submit" className="primary">
            {t('saveSettings')}
          </button>
          <button type="button" onClick={() => setForm({ ...DEFAULT_SETTINGS })}>
            {t('resetSettings')}
          </button>
        </div>
        {save.isSuccess && (
          <p role="status" data-testid="settings-saved">
            {t('saved')}
          </p>
        )}
        {conflict && (
          <ConflictNotice
            testId="settings-conflict"
            message={t('conflictSettings', { keys: keys.map((k) => t(k)).join(', ') })}
            mine={keys.map((k) => `${t(k)}: ${form[k]}`).join('\n')}
            theirs={keys.map((k) => `${t(k)}: ${conflict.current[k]}`).join('\n')}
            onReload={() => {
              load(conflict.current);
              save.reset();
            }}
            onKeepMine={() => {
              setBase(conflict.current);
              save.mutate({
                patch: Object.fromEntries(FORM_KEYS.map((k) => [k, form[k]])) as Partial<Form>,
                base: conflict.current,
              });
            }}
          />
        )}
        {save.isError && !conflict && (
          <p role="alert" className="error">
            {errorText(save.error, t)}
          </p>
        )}
      </form>
    </section>
  );
}
