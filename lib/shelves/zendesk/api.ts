import * as z from 'zod/mini';

// The part of Zendesk's `GET /api/v2/macros/active.json` answer the team shelf reads
// (cursor pagination, docs/platform.md "Zendesk macros"). Everything else in a macro is
// dropped here, in the page, so only what Tonlage uses crosses into the extension.
// (zod/mini: the content script bundles this file.)

/** Ticket-field actions are named, never applied; only the comment actions carry a value on. */
export const COMMENT_FIELDS = ['comment_value', 'comment_value_html'] as const;

const ActionSchema = z.object({ field: z.string(), value: z.optional(z.unknown()) });

export const ApiMacroSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  title: z.string().check(z.maxLength(1000)),
  active: z.boolean(),
  updated_at: z.iso.datetime({ offset: true }),
  actions: z.array(ActionSchema).check(z.maxLength(500)),
  /** Zendesk applied it already (the answer holds only what this agent may use); kept for the record. */
  restriction: z.optional(z.nullable(z.object({ type: z.string() }))),
});

export const ApiPageSchema = z.object({
  macros: z.array(z.unknown()).check(z.maxLength(1000)),
  meta: z.optional(z.object({ has_more: z.boolean() })),
  links: z.optional(z.object({ next: z.optional(z.nullable(z.string())) })),
});

/** A macro as the page hands it to the background: comment text kept, other actions only named. */
export const TeamMacroSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  title: z.string().check(z.maxLength(1000)),
  active: z.boolean(),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
  comments: z.array(z.object({ field: z.enum(COMMENT_FIELDS), value: z.unknown() })).check(z.maxLength(50)),
  otherActions: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
});
export type TeamMacro = z.infer<typeof TeamMacroSchema>;

export function toTeamMacro(macro: z.infer<typeof ApiMacroSchema>): TeamMacro {
  const comments: TeamMacro['comments'] = [];
  const other = new Set<string>();
  for (const action of macro.actions) {
    if ((COMMENT_FIELDS as readonly string[]).includes(action.field))
      comments.push({ field: action.field as TeamMacro['comments'][number]['field'], value: action.value });
    // Whether the comment is public is Zendesk's business, not an action on the ticket.
    else if (action.field !== 'comment_mode_is_public') other.add(action.field);
  }
  return {
    id: String(macro.id),
    title: macro.title,
    active: macro.active,
    updatedAt: Date.parse(macro.updated_at),
    comments,
    otherActions: [...other],
  };
}
