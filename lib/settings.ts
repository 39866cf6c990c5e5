import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { publish } from './messaging/broadcast';

// Small preferences live in extension storage (the extension's origin, never a page's).
// Reads are parsed: a damaged or older value falls back field by field to the defaults.

export const SettingsSchema = z.object({
  uiLanguage: z.enum(['auto', 'de', 'en']).catch('auto'),
  theme: z.enum(['auto', 'light', 'dark']).catch('auto'),
  agentName: z.string().max(200).catch(''),
  agentSignature: z.string().max(5_000).catch(''),
  /** Default chosen to collide with nothing in Gmail, Zendesk, Chrome, Brave or Firefox (README). */
  paletteHotkey: z.string().min(1).max(40).catch('Ctrl+Shift+Space'),
  expansionKey: z.enum(['Tab', 'Space', 'Enter']).catch('Tab'),
  /** Extra sites the agent enabled, as origin match patterns. */
  enabledSites: z.array(z.string().max(300)).catch(() => []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

const item = storage.defineItem<unknown>('local:settings', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return SettingsSchema.parse((await item.getValue()) ?? {});
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await item.setValue(next);
  publish({ kind: 'library-changed', tables: ['settings'] });
  return next;
}
