import { useEffect, useState } from 'react';
import { formatMegabytes } from '@/lib/i18n/format';
import { useUi } from '../useUi';

interface State {
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

/** Asks for persistent storage once (so the browser does not evict the library) and shows the estimate. */
export function StorageStatus() {
  const { t, lang } = useUi();
  const [state, setState] = useState<State>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const storage = navigator.storage;
      if (!storage) return;
      const persisted = (await storage.persisted?.()) || (await storage.persist?.().catch(() => false));
      const estimate = await storage.estimate?.().catch(() => undefined);
      if (live) setState({ persisted: !!persisted, usage: estimate?.usage, quota: estimate?.quota });
    })();
    return () => {
      live = false;
    };
  }, []);
  if (state.persisted === undefined) return null;
  return (
    <p className="muted small" data-testid="storage-status">
      {state.persisted ? t('storagePersistent') : t('storageNotPersistent')}
      {state.usage !== undefined &&
        state.quota !== undefined &&
        ` ${t('storageUsage', { used: formatMegabytes(lang, state.usage), quota: formatMegabytes(lang, state.quota) })}`}
    </p>
  );
}
