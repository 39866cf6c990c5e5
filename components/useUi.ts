import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type MessageKey, resolveUiLanguage, translate } from '@/lib/i18n/messages';
import { settingsQuery } from '@/lib/queries/library';
import { DEFAULT_SETTINGS } from '@/lib/settings';

/** The interface language and theme from the settings, and `t` for user-facing text. */
export function useUi() {
  const settings = useQuery(settingsQuery()).data ?? DEFAULT_SETTINGS;
  const lang = resolveUiLanguage(settings.uiLanguage, navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = settings.theme;
  }, [lang, settings.theme]);
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  return { lang, t, settings };
}
