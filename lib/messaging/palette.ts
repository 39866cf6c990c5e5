import * as z from 'zod/mini';
import { InsertRequestSchema } from '../insert/types';

// The palette's channel. The frame (palette.html) and the content script that placed it
// each open a port to the background, which pairs them by a random token the content
// script put in the frame's name, only within one tab, and relays between them. The page
// sees none of it: nothing is posted to it and nothing it posts is read. `open`, the query
// and the characters a shortcut replaces come from the content script alone; the frame
// only asks for an insertion of what the agent chose. Every message is parsed on arrival.

export const PALETTE_HOST_PORT = 'tonlage:palette-host';
export const PALETTE_FRAME_PORT = 'tonlage:palette-frame';

const Token = z.string().check(z.regex(/^[\w-]{16,64}$/));

/**
 * A key the agent pressed while the palette was opening, before the frame had the keyboard:
 * a printable character, or one of the keys the palette answers. The content script and the
 * frame hold these (lib/palette/held-keys.ts) and the frame applies them in order once it
 * has the keyboard, so fast typing after the hotkey or a fill-in shortcut is not lost.
 */
export const HeldKeySchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(12)),
  shift: z.optional(z.boolean()),
  /**
   * When it was pressed, in milliseconds on the clock page and frame share (see
   * lib/palette/held-keys.ts): keys split between the two while the focus moves are put
   * back in the order they were typed.
   */
  at: z.optional(z.number().check(z.positive())),
});
export type HeldKey = z.infer<typeof HeldKeySchema>;

/** Content script → background → frame. */
export const ToFrameSchema = z.union([
  /** Show the palette; with a typed shortcut, ask for its template's fill-in fields at once. */
  z.object({ type: z.literal('open'), query: z.string().check(z.maxLength(40)), ask: z.boolean() }),
  /** The content script confirmed the palette is visible and gave the frame the focus: take the keyboard. */
  z.object({ type: z.literal('focus') }),
  /**
   * After the frame said it has the keyboard: the keys the agent typed in the page since the
   * palette opened. Only from then on do keys act in the frame, these first.
   */
  z.object({ type: z.literal('held'), typed: z.array(HeldKeySchema).check(z.maxLength(500)) }),
  /** The palette was closed (hidden): ignore keys until the next "open". */
  z.object({ type: z.literal('closed') }),
  /** The insertion failed; the palette stays open and shows why. */
  z.object({ type: z.literal('failed'), message: z.string().check(z.maxLength(2000)) }),
]);
export type ToFrame = z.infer<typeof ToFrameSchema>;

/** Frame → background → content script. */
export const FromFrameSchema = z.union([
  /** The frame's page loaded and is paired. */
  z.object({ type: z.literal('ready') }),
  /** The frame sees itself visible to the agent (or cannot tell: no IntersectionObserver v2). */
  z.object({ type: z.literal('visible') }),
  /**
   * After "focus": the frame's document has the focus, so the browser sends keys here, not to
   * the page, from now on (or it waited KEYBOARD_WITHIN_MS in vain). The page's held keys may go.
   */
  z.object({ type: z.literal('keyboard') }),
  /** The frame found itself hidden or covered while open. */
  z.object({ type: z.literal('hidden') }),
  z.object({ type: z.literal('close') }),
  /** Insert what the agent chose; the content script sets how much to replace (any replaceChars here is overwritten). */
  z.object({ type: z.literal('insert'), request: InsertRequestSchema }),
  /** Closed after an insertion: the keys the agent typed meanwhile, for the reply box (once per insertion). */
  z.object({ type: z.literal('typed'), keys: z.array(HeldKeySchema).check(z.maxLength(500)) }),
]);
export type FromFrame = z.infer<typeof FromFrameSchema>;

/** First message on each port: who it is. */
export const HostHelloSchema = z.object({ type: z.literal('host'), token: Token });
export const FrameHelloSchema = z.object({ type: z.literal('frame'), token: Token });

/** Background → frame once paired: the tab whose conversation fills the templates. */
export const PairedSchema = z.object({ type: z.literal('paired'), tabId: z.number().check(z.int()) });

/** Background → content script: its frame went away (navigated by the page, or closed). */
export const FrameGoneSchema = z.object({ type: z.literal('gone') });
