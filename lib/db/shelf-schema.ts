import { z } from 'zod';
import { EpochMs, SnippetDraftSchema, SnippetSchema } from './schema';

// Shelves (issue #18): read-only team libraries beside the agent's own. The own library is
// the snippets table; every other shelf is a row in `shelves` with its entries in
// `shelfEntries`. Only lib/shelves/store.ts writes these tables.

export const SHELF_KINDS = ['zendesk', 'pack'] as const;
export const ShelfKindSchema = z.enum(SHELF_KINDS);
export type ShelfKind = z.infer<typeof ShelfKindSchema>;
/** The own library is shelf "own" in the search index; team shelves carry their id. */
export const OWN_SHELF = 'own';

/** Why the last refresh failed; translated in lib/i18n (`shelf.error.<code>`). */
export const SHELF_ERROR_CODES = [
  'offline',
  'network',
  'logged-out',
  'forbidden',
  'rate-limited',
  'not-found',
  'http',
  'not-https',
  'permission',
  'invalid',
  'too-large',
  'pin-mismatch',
  'empty',
] as const;
export const ShelfErrorCodeSchema = z.enum(SHELF_ERROR_CODES);
export type ShelfErrorCode = z.infer<typeof ShelfErrorCodeSchema>;

export const SHELF_CHANGE_ITEMS = 50;

export const ShelfErrorSchema = z.object({
  code: ShelfErrorCodeSchema,
  at: EpochMs,
  /** The HTTP status, where there was an answer. */
  status: z.number().int().min(100).max(599).optional(),
  /** 429: when to try again (from Retry-After). */
  retryAt: EpochMs.optional(),
  /** A short technical detail for the tooltip, e.g. the first zod issue; not translated. */
  detail: z.string().max(500).optional(),
});
export type ShelfError = z.infer<typeof ShelfErrorSchema>;

/** What the last update that changed a shelf did: the dry run's figures, kept after applying it. */
export const ShelfChangeSchema = z.object({
  at: EpochMs,
  /** "scheduled": the background applied it on its own; "manual": the agent (refresh, subscribe). */
  trigger: z.enum(['scheduled', 'manual']),
  counts: z.object({
    new: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
  }),
  /** The first changed titles, new first; `counts` has the full figures. */
  items: z
    .array(z.object({ title: z.string().max(200), action: z.enum(['new', 'changed', 'removed']) }))
    .max(SHELF_CHANGE_ITEMS),
});
export type ShelfChange = z.infer<typeof ShelfChangeSchema>;

export const ShelfSchema = z.object({
  /** "zendesk:<subdomain>" or "pack:<url>": one shelf per source. */
  id: z.string().min(1).max(2100),
  kind: ShelfKindSchema,
  label: z.string().trim().min(1).max(200),
  /** The Zendesk subdomain or the pack's HTTPS URL. */
  source: z.string().min(1).max(2048),
  enabled: z.boolean(),
  /** Set by an admin through managed storage: the agent cannot remove it. */
  preset: z.boolean().optional(),
  createdAt: EpochMs,
  lastRefreshAt: EpochMs.optional(),
  /** Set when the last refresh failed; the entries are still the last good copy. */
  lastError: ShelfErrorSchema.optional(),
  etag: z.string().max(1000).optional(),
  /** The last update that changed the entries, so that one applied unseen can be read afterwards. */
  lastChange: ShelfChangeSchema.optional(),
  /** Packs: the lowercase hex sha256 the file must have. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  entryCount: z.number().int().nonnegative(),
  /** Bumped whenever the entries change: the search index re-reads a shelf whose revision moved. */
  revision: z.number().int().nonnegative(),
});
export type Shelf = z.infer<typeof ShelfSchema>;

export const ShelfOriginSchema = z.object({
  kind: ShelfKindSchema,
  /** The macro id or the pack entry's id. */
  remoteId: z.string().min(1).max(200),
  /** When the source last changed it (Zendesk `updated_at`), if it says. */
  updatedAt: EpochMs.optional(),
  /** Zendesk: the ticket-field actions of the macro (status, tags…), which Tonlage does not apply. */
  actions: z.array(z.string().max(200)).max(500).optional(),
});
export type ShelfOrigin = z.infer<typeof ShelfOriginSchema>;

/** A stored team entry: a snippet (id = `${shelfId}/${remoteId}`) that says where it came from. */
export const ShelfEntrySchema = SnippetSchema.extend({
  shelfId: z.string().min(1),
  origin: ShelfOriginSchema,
});
export type ShelfEntry = z.infer<typeof ShelfEntrySchema>;

/** What a shelf's source supplies per entry; the store derives id, timestamps and use count. */
export const ShelfEntryInputSchema = SnippetDraftSchema.extend({ origin: ShelfOriginSchema });
export type ShelfEntryInput = z.input<typeof ShelfEntryInputSchema>;

export const shelfEntryId = (shelfId: string, remoteId: string) => `${shelfId}/${remoteId}`;

/** How a search hit from a team shelf is marked ("Team · Zendesk", "Team · <label>"). */
export const TeamMarkSchema = z.object({
  shelfId: z.string().min(1),
  kind: ShelfKindSchema,
  label: z.string().min(1).max(200),
  /** Zendesk: the macro's ticket-field actions, which the preview says are not applied. */
  actions: ShelfOriginSchema.shape.actions,
});
export type TeamMark = z.infer<typeof TeamMarkSchema>;

/** A snippet as the palette and the side panel get it: own, or from a team shelf. */
export const LibraryHitSchema = SnippetSchema.extend({ team: TeamMarkSchema.optional() });
export type LibraryHit = z.infer<typeof LibraryHitSchema>;
