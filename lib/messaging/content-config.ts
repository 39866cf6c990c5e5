import * as z from 'zod/mini';

// The content script's configuration, in a file of its own: the content script's first-load
// bundle parses it (the shortcut list decides the expansion key synchronously) and must not
// pull in the other channels' schemas with it.

export const ContentConfigSchema = z.object({
  shortcuts: z.array(z.string()),
  paletteHotkey: z.string(),
  expansionKey: z.string(),
  /** The agent's interface language (the setting, resolved): the content script's toasts follow it. */
  uiLanguage: z.enum(['de', 'en']),
});
export type ContentConfig = z.infer<typeof ContentConfigSchema>;
