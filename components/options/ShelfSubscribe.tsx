import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { shelfErrorText, shelfRefusalText, subscribePackMutation } from '@/lib/queries/shelves';
import { useUi } from '../useUi';

/** Subscribing to a team pack: the URL, an optional name and sha256 pin. */
export function PackSubscribe() {
  const { t, lang } = useUi();
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [pin, setPin] = useState('');
  const subscribe = useMutation({
    ...subscribePackMutation(client, t),
    onSuccess: (result) => {
      if (result.status !== 'failed') setUrl('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate({ url, label, sha256: pin });
  };
  const result = subscribe.data;
  return (
    <form onSubmit={submit} className="pack-subscribe" data-testid="pack-subscribe">
      <h3>{t('packSubscribeTitle')}</h3>
      <p className="muted">{t('packSubscribeHint')}</p>
      <label>
        {t('packUrl')}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" data-testid="pack-url" />
      </label>
      <label>
        {t('packLabel')}
        <input value={label} onChange={(e) => setLabel(e.target.value)} data-testid="pack-label" />
      </label>
      <label>
        {t('packPin')}
        <input value={pin} onChange={(e) => setPin(e.target.value)} data-testid="pack-pin" spellCheck={false} />
      </label>
      <p className="muted">{t('packPinHint')}</p>
      <button type="submit" disabled={subscribe.isPending}>
        {t('packSubscribe')}
      </button>
      <p role="status" data-testid="pack-subscribe-status">
        {subscribe.isError && <span className="error">{shelfRefusalText(subscribe.error, t)}</span>}
        {result?.status === 'failed' && <span className="error">{shelfErrorText(result.error, t, lang)}</span>}
        {result?.status === 'applied' &&
          t('packSubscribed', {
            count: result.plan.counts.new + result.plan.counts.unchanged + result.plan.counts.changed,
          })}
      </p>
    </form>
  );
}
