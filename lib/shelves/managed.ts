import { z } from 'zod';
import { browser } from 'wxt/browser';
import { packLabel, packShelfId, packUrl } from './pack';
import { refreshPack } from './refresh';
import { listShelves, removeShelf, saveShelf } from './store';

// Admin presets (issue #18): pack subscriptions from managed storage, which the agent cannot
// change: Chrome policy (3rdparty.extensions.<id>, schema public/managed_schema.json) or
// Firefox policies.json (3rdparty.Extensions["tonlage@tonlage.app"]). A preset shelf cannot
// be unsubscribed in the interface; it goes when the admin removes it from the policy.

const Sha256 = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/);

const PresetSchema = z.object({
  url: z
    .string()
    .transform((u, ctx) => packUrl(u) ?? (ctx.addIssue({ code: 'custom', message: 'https only' }), z.NEVER)),
  label: z.string().trim().min(1).max(200).optional(),
  sha256: Sha256.optional(),
});
export type Preset = z.infer<typeof PresetSchema>;

/**
 * The policy's packs; an entry that doesn't fit is skipped (and named), the rest still apply.
 * `present`: the policy names packs at all (an empty list removes every preset; no list,
 * which is also what the browser shows before it has loaded the policy, removes none).
 */
export function parseManaged(raw: unknown): { presets: Preset[]; skipped: number[]; present: boolean } {
  const packs = z.object({ packs: z.array(z.unknown()).max(100) }).safeParse(raw);
  if (!packs.success) return { presets: [], skipped: [], present: false };
  const presets: Preset[] = [];
  const skipped: number[] = [];
  const seen = new Set<string>();
  packs.data.packs.forEach((item, index) => {
    const preset = PresetSchema.safeParse(item);
    if (!preset.success || seen.has(preset.data.url)) return void skipped.push(index);
    seen.add(preset.data.url);
    presets.push(preset.data);
  });
  return { presets, skipped, present: true };
}

/**
 * How long a policy read may take. Chromium answers `storage.managed.get()` only once it has
 * loaded the policy, and in some browser sessions it never does (measured in the e2e runs:
 * the read stays pending for minutes while the browser works otherwise). A read that takes
 * longer counts as unreadable, so it cannot hold a caller (the Shelves tab's query) forever.
 */
export const POLICY_READ_TIMEOUT_MS = 10_000;

async function readManaged(): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('managed storage did not answer')), POLICY_READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.storage.managed.get(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes the preset shelves match the policy. A managed storage that cannot be read (no
 * policy in Firefox throws; Chromium may not answer in time) changes nothing, so a passing
 * failure never drops presets. Returns the ids of shelves that are new and need a first
 * fetch, or `null` when the policy could not be read (the caller may look again later).
 */
export async function syncPresets(read: () => Promise<unknown> = readManaged): Promise<string[] | null> {
  let raw: unknown;
  try {
    raw = await read();
  } catch {
    return null;
  }
  const { presets, skipped, present } = parseManaged(raw);
  if (!present) return [];
  if (skipped.length > 0) console.warn('[tonlage] managed storage: skipped pack entries', skipped);
  const shelves = await listShelves();
  const known = new Map(shelves.map((s) => [s.id, s]));
  const fresh: string[] = [];
  for (const preset of presets) {
    const id = packShelfId(preset.url);
    const current = known.get(id);
    await saveShelf({
      id,
      kind: 'pack',
      source: preset.url,
      label: preset.label ?? current?.label ?? packLabel(preset.url),
      preset: true,
      sha256: preset.sha256,
    });
    if (!current || current.entryCount === 0) fresh.push(id);
  }
  const wanted = new Set(presets.map((p) => packShelfId(p.url)));
  for (const shelf of shelves)
    if (shelf.preset && !wanted.has(shelf.id)) await removeShelf(shelf.id, { asAdmin: true });
  return fresh;
}

/**
 * Applies the admin's presets and fetches the new ones (background, and the Shelves tab on
 * open). Returns how many were new, or `null` when the policy could not be read.
 */
export async function applyPresets(read?: () => Promise<unknown>): Promise<number | null> {
  const fresh = await syncPresets(read);
  if (!fresh) return null;
  for (const id of fresh) await refreshPack(id, { apply: true, unconditional: true });
  return fresh.length;
}
