import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { settingsQuery } from '@/lib/queries/library';
import { disableSiteMutation, enableSiteMutation } from '@/lib/queries/mutations';
import { originPattern } from '@/lib/sites/enabled-sites';
import { useUi } from './useUi';

/**
 * Sites beyond Zendesk and Gmail. Enabling asks the browser for that site's permission
 * (it has to happen in the click), then the background registers the content script there.
 */
export function SitesSettings() {
  const { t } = useUi();
  const settings = useQuery(settingsQuery()).data;
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();
  const enabled = settings?.enabledSites ?? [];

  const enable = useMutation({
    ...enableSiteMutation(t('sitePermissionDenied')),
    onSuccess: () => setAddress(''),
    onError: (e) => setError(e.message),
  });
  const disable = useMutation(disableSiteMutation());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const pattern = originPattern(address.includes('://') ? address : `https://${address}`);
    if (!pattern) return setError(t('siteInvalid'));
    enable.mutate(pattern);
  };

  return (
    <section aria-labelledby="sites-h" id="sites">
      <h2 id="sites-h">{t('sitesTitle')}</h2>
      <p className="muted">{t('sitesHint')}</p>
      <ul className="plain" data-testid="enabled-sites">
        {enabled.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>{' '}
            <button
              type="button"
              onClick={() => disable.mutate(pattern)}
              aria-label={`${t('siteDisable')}: ${pattern}`}
            >
              {t('siteDisable')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label>
          {t('siteAddress')}
          <input
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            placeholder="https://support.example.com"
          />
        </label>
        <button type="submit">{t('siteEnable')}</button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
