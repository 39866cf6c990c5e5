import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FocusTracker } from '../insert/focus';
import type { Target } from '../insert/targets';
import { sendUnparsed } from '../messaging/unparsed';
import type { tabChannel } from '../messaging/tab';
import type { PaletteHost } from '../palette/host';
import type { RegisteredAdapter } from '../sites/registry';

// The content script in two parts (issue #20). Every helpdesk page loads the first part
// (content-scripts/helpdesk.js): it watches the conversation, tracks the focus and decides on
// keys. What runs only once the agent acts (inserting, the palette, the draft for the side
// panel, zod, DOMPurify) is the kit, content-kit.js, which the background injects into this
// frame on the first need. It is not web-accessible: no page can load or probe it, and it
// runs in the content script's own isolated world, where it leaves its start function.

export type KitTabType = Exclude<keyof typeof tabChannel & string, 'content.configChanged' | 'zendeskShelf.refresh'>;

export interface KitStart {
  ctx: ContentScriptContext;
  focus: FocusTracker;
  adapter: RegisteredAdapter | undefined;
  language: 'de' | 'en';
}

export interface Kit {
  /** The tab channel's handlers: each parses what arrives and what it answers. */
  tab: Record<KitTabType, (raw: unknown) => Promise<unknown>>;
  palette: PaletteHost;
  /** Expands a shortcut the agent typed (the expansion key was claimed already). */
  expand(shortcut: string): Promise<void>;
  /** Inserts keys the agent typed while an expansion was on its way. */
  insertTyped(target: Target, text: string): Promise<void>;
  /** Tab in the box of the kit's last insertion: to the template's next stop, if one is left (lib/insert/stops.ts). */
  moveToNextStop(target: Target): boolean;
  /** After moveToNextStop: resolves once the editor can be taken to have the new caret (lib/insert/late-selection.ts). */
  caretSettled(target: Target): Promise<void>;
  toast(lines: string[]): void;
  /** The Zendesk team shelf's refresh (lib/shelves/zendesk/content.ts). */
  zendeskShelf: { refresh(raw: unknown): Promise<unknown>; runGranted(): Promise<void> };
  setLanguage(language: 'de' | 'en'): void;
}

export type StartKit = (start: KitStart) => Kit;

/** Where content-kit.js leaves its start function, in the content script's world (never the page's). */
export const KIT_KEY = Symbol.for('tonlage.contentKit');

type KitGlobal = typeof globalThis & { [KIT_KEY]?: StartKit };

/** Publishes the kit's start function (called by content-kit.js). */
export function publishKit(start: StartKit): void {
  (globalThis as KitGlobal)[KIT_KEY] = start;
}

export interface KitLoader {
  /** Injects and starts the kit on the first call; a failed load is tried again next time. */
  load(): Promise<Kit>;
  /** The kit if it runs already (synchronous, for decisions a keydown must make at once). */
  current(): Kit | undefined;
  /** The agent's language: kept for the kit's start, passed on once it runs. */
  setLanguage(language: 'de' | 'en'): void;
}

export function kitLoader(start: Omit<KitStart, 'language'>): KitLoader {
  // Until the background answers, the browser's language is the best guess.
  let language: 'de' | 'en' = navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
  let kit: Kit | undefined;
  let loading: Promise<Kit> | undefined;
  const inject = async (): Promise<Kit> => {
    await sendUnparsed('content.loadKit', {});
    const global = globalThis as KitGlobal;
    const startKit = global[KIT_KEY];
    delete global[KIT_KEY];
    if (typeof startKit !== 'function') throw new Error('[tonlage] the content kit did not load');
    return (kit = startKit({ ...start, language }));
  };
  return {
    load: () =>
      (loading ??= inject().catch((error: unknown) => {
        loading = undefined;
        throw error;
      })),
    current: () => kit,
    setLanguage(next) {
      language = next;
      kit?.setLanguage(next);
    },
  };
}
