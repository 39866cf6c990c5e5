import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ConflictError } from './db/errors';
import { serialized } from './lock';
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
  /** Offer a short pause after a run of hostile conversations (lib/wellbeing/gentler-day.ts). */
  gentlerDay: z.boolean().catch(true),
});
export type Settings = z.infer<typeof SettingsSchema>;
type Key = keyof Settings;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

// Defined on first use: wxt's defineItem reads the key as soon as it is defined, and this
// module is also loaded where no extension API exists (the import worker, which only needs
// the schema), where that read fails as an unhandled rejection.
let defined: ReturnType<typeof storage.defineItem<unknown>> | undefined;
const item = () => (defined ??= storage.defineItem<unknown>('local:settings', { fallback: {} }));

export async function getSettings(): Promise<Settings> {
  return SettingsSchema.parse((await item().getValue()) ?? {});
}

/** A settings write refused per key: `keys` changed elsewhere to something else than this write wanted. */
export interface SettingsConflict {
  current: Settings;
  keys: Key[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// chrome.storage has no transactions: the read-compare-write below runs under a Web Lock
// shared by every extension context, so two pages cannot both pass the check.
async function write(compute: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const next = await serialized('tonlage-settings', async () => {
    const current = await getSettings();
    const value = SettingsSchema.parse({ ...current, ...compute(current) });
    await item().setValue(value);
    return value;
  });
  publish({ kind: 'library-changed', tables: ['settings'] });
  return next;
}

/**
 * Compare-and-set per key: `patch` holds what the form shows, `base` the settings the form
 * was loaded from. A key the agent did not change is left as stored; a changed key is
 * written only if nobody else changed it meanwhile (or changed it to the same value).
 * Otherwise ConflictError<SettingsConflict> is thrown and nothing is written.
 * `base: 'overwrite'` is for restoring a backup and resetting to defaults.
 */
export async function updateSettings(patch: Partial<Settings>, base: Settings | 'overwrite'): Promise<Settings> {
  return write((current) => {
    if (base === 'overwrite') return patch;
    const keys = Object.keys(patch) as Key[];
    const changed = keys.filter((k) => !same(patch[k], base[k]));
    const conflicts = changed.filter((k) => !same(current[k], base[k]) && !same(current[k], patch[k]));
    if (conflicts.length > 0) throw new ConflictError<SettingsConflict>('settings', { current, keys: conflicts });
    return Object.fromEntries(changed.map((k) => [k, patch[k]]));
  });
}

/** A change computed from the stored settings at write time (adding or removing one site). */
export async function changeSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return write(change);
}
