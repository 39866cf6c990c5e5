// Public API of the local tone engine (issue #6): pure TypeScript, no network, fast enough for
// every keystroke, usable from the side panel, the palette and the background.

import { analyze } from './analyze';
import { check } from './draft';
import { detectLanguage as detect } from './language';
import type { DraftCheck, MessageAnalysis, ToneLanguage, ToneOptions } from './types';

export { applyRewrite } from './rewrite';
export type {
  DraftCheck,
  DraftFinding,
  DraftRuleId,
  Evidence,
  MessageAnalysis,
  MoodFinding,
  Rewrite,
  SetAside,
  SetAsideKind,
  Severity,
  Span,
  ToneLanguage,
  ToneOptions,
  Valence,
  ValenceLabel,
} from './types';
export { DRAFT_RULE_IDS } from './types';

/** Inputs above this length are analysed up to it: a ticket is never that long, a paste might be. */
const MAX_CHARS = 100_000;

function safeText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

function fallbackLanguage(options: ToneOptions | undefined): ToneLanguage {
  return options?.language ?? (options?.uiLanguage === 'en' ? 'en' : 'de');
}

/**
 * Detects German or English. Returns `fallback` (usually the interface language) when the
 * text is too short or carries no evidence, e.g. "???" or "Order 44721".
 */
export function detectLanguage(text: string, fallback: ToneLanguage): ToneLanguage {
  try {
    return detect(safeText(text), fallback);
  } catch {
    return fallback;
  }
}

/**
 * Reads an incoming customer message: its language, overall valence (label and score in
 * [-1, 1]) and the customer's moods with strength 0..1 and the text spans that triggered them,
 * strongest first. Never throws.
 */
export function analyzeMessage(text: string, options?: ToneOptions): MessageAnalysis {
  try {
    return analyze(safeText(text), options);
  } catch {
    return { language: fallbackLanguage(options), valence: { label: 'neutral', score: 0 }, moods: [], setAside: [] };
  }
}

/**
 * Checks an agent's draft for wording that escalates (blame, policy talk, commands, …) and for
 * missing pieces (greeting, name, next step). Each finding has a span, a severity, a reason
 * (a catalogue code the interface renders) and rewrites for {@link applyRewrite}. Never throws.
 */
export function checkDraft(text: string, options?: ToneOptions): DraftCheck {
  try {
    return check(safeText(text), options);
  } catch {
    return { language: fallbackLanguage(options), findings: [] };
  }
}
