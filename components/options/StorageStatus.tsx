import { useEffect, useState } from 'react';
import { useUi } from '../useUi';

interface State {
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Asks for persistent storage once (so the browser does not evict the library) and shows the estimate. */
export function StorageStatus() {
  const { t } = useUi();
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
        ` ${t('storageUsage', { used: mb(state.usage), quota: mb(state.quota) })}`}
    </p>
  );
}
