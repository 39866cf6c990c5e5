// Hotkeys as the agent writes them in the settings ("Ctrl+Shift+Space", "Alt+K").

export interface Hotkey {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** KeyboardEvent.code of the main key, e.g. "Space", "KeyK", "Period". */
  code: string;
}

const NAMED: Record<string, string> = {
  space: 'Space',
  tab: 'Tab',
  enter: 'Enter',
  '.': 'Period',
  ',': 'Comma',
  '/': 'Slash',
  ';': 'Semicolon',
};

/** Parses "Ctrl+Shift+Space"; returns null for a key without a main key. */
export function parseHotkey(text: string): Hotkey | null {
  const parts = text.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return null;
  const code =
    NAMED[key] ?? (/^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : null);
  if (!code) return null;
  return {
    ctrl: parts.includes('ctrl') || parts.includes('control'),
    alt: parts.includes('alt') || parts.includes('option'),
    shift: parts.includes('shift'),
    meta: parts.includes('meta') || parts.includes('cmd'),
    code,
  };
}

export function matchesHotkey(event: KeyboardEvent, hotkey: Hotkey | null): boolean {
  return (
    !!hotkey &&
    event.code === hotkey.code &&
    event.ctrlKey === hotkey.ctrl &&
    event.altKey === hotkey.alt &&
    event.shiftKey === hotkey.shift &&
    event.metaKey === hotkey.meta
  );
}

/** The expansion key: pressed alone, with no modifier (Shift+Tab keeps moving focus backwards). */
export function isExpansionKey(event: KeyboardEvent, key: string): boolean {
  const code = key === 'Space' ? 'Space' : key;
  return (
    (event.key === key || event.code === code) && !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey
  );
}
