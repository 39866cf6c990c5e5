import { type KeyboardEvent, useState } from 'react';
import type { MessageKey } from '@/lib/i18n/messages';
import { ImportExportSection } from './options/ImportExportSection';
import { NotesSection } from './options/NotesSection';
import { SettingsSection } from './options/SettingsSection';
import { ShelvesSection } from './options/ShelvesSection';
import { SnippetsSection } from './options/SnippetsSection';
import { StatsSection } from './options/StatsSection';
import { StorageStatus } from './options/StorageStatus';
import { useUi } from './useUi';

const TABS = [
  ['snippets', 'tabSnippets'],
  ['shelves', 'tabShelves'],
  ['notes', 'tabNotes'],
  ['transfer', 'tabTransfer'],
  ['settings', 'tabSettings'],
  ['stats', 'tabStats'],
] as const satisfies readonly (readonly [string, MessageKey])[];
type Tab = (typeof TABS)[number][0];

/** The options page: one tab per area; only the open tab is rendered. */
export function OptionsApp() {
  const { t } = useUi();
  const [tab, setTab] = useState<Tab>('snippets');
  const onKey = (event: KeyboardEvent) => {
    const i = TABS.findIndex(([id]) => id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length]![0];
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <StorageStatus />
      <div role="tablist" aria-label={t('optionsSections')} className="tabs" onKeyDown={onKey}>
        {TABS.map(([id, label]) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'snippets' && <SnippetsSection />}
        {tab === 'shelves' && <ShelvesSection />}
        {tab === 'notes' && <NotesSection />}
        {tab === 'transfer' && <ImportExportSection />}
        {tab === 'settings' && <SettingsSection />}
        {tab === 'stats' && <StatsSection />}
      </div>
    </main>
  );
}
