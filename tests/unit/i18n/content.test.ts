import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentConfig } from '@/lib/background/handlers';
import { setContentLanguage } from '@/lib/i18n/content';
import { MESSAGES } from '@/lib/i18n/messages';
import { failureMessage } from '@/lib/insert/messages';
import { hiddenMessage } from '@/lib/palette/messages';
import { getSettings, updateSettings } from '@/lib/settings';
import { withFreshDb } from '../db/helpers';

// The content script's toasts follow the agent's language setting, which the background
// sends with the content script's configuration, not the browser's language.

withFreshDb();
afterEach(() => {
  setContentLanguage('en');
  vi.unstubAllGlobals();
});

describe('content-script strings', () => {
  it('the configuration carries the language the agent chose, whatever the browser says', async () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    await updateSettings({ uiLanguage: 'de' }, await getSettings());
    expect((await contentConfig()).uiLanguage).toBe('de');
    await updateSettings({ uiLanguage: 'en' }, await getSettings());
    expect((await contentConfig()).uiLanguage).toBe('en');
  });

  it('insertion failures and the palette toast are rendered in that language', () => {
    setContentLanguage('de');
    expect(failureMessage('no-target', true)).toBe(`${MESSAGES.de.insertNoTarget} ${MESSAGES.de.insertCopied}`);
    expect(hiddenMessage()).toBe(MESSAGES.de.paletteHidden);
    setContentLanguage('en');
    expect(failureMessage('read-only', false)).toBe(MESSAGES.en.insertReadOnly);
  });
});
