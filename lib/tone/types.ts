import type { Mood } from '../db/schema';
import type { Notice } from '../i18n/notice';

/** Languages the tone engine understands. */
export type ToneLanguage = 'de' | 'en';

/** A range of UTF-16 code units in the analysed text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span that triggered a mood, with the matched text. */
export interface Evidence extends Span {
  text: string;
}

/** One customer mood found in a message. */
export interface MoodFinding {
  label: Mood;
  /** 0..1; labels below 0.35 are not reported. */
  strength: number;
  evidence: Evidence[];
  /**
   * 'wording': no cue phrase matched; the learned model read the mood from the overall
   * wording, and `evidence` holds the words that weighed most.
   */
  source?: 'wording';
}

export type ValenceLabel = 'negative' | 'neutral' | 'positive';

/** Overall feeling of a message; `score` is in [-1, 1]. */
export interface Valence {
  label: ValenceLabel;
  score: number;
  /** 'wording': the learned model, not the rules, decided the label (see MoodFinding.source). */
  source?: 'wording';
  /** With source 'wording': the words that weighed most for the label. */
  evidence?: Evidence[];
}

/** What a part of a message is when it is not the customer's own words of now. */
export type SetAsideKind = 'greeting' | 'signoff' | 'signature' | 'disclaimer' | 'quote' | 'agent_reply';

/** A part of the message that was not read as evidence (shown in the panel's evidence view). */
export interface SetAside extends Span {
  kind: SetAsideKind;
}

/** Result of {@link analyzeMessage}. */
export interface MessageAnalysis {
  language: ToneLanguage;
  valence: Valence;
  /** Sorted by strength, strongest first. */
  moods: MoodFinding[];
  /** Greeting, sign-off, signature, footer and quoted history: not scored. In text order. */
  setAside: SetAside[];
}

export type Severity = 'info' | 'warning' | 'error';

/** Ids of the draft rules; stable, used in settings and analytics. */
export const DRAFT_RULE_IDS = [
  'blame',
  'repetition',
  'policy',
  'not_responsible',
  'cant_do',
  'command',
  'dismissing',
  'distrust',
  'overpromise',
  'minimising',
  'unfortunately_density',
  'all_caps',
  'missing_greeting',
  'missing_name',
  'placeholder',
  'grief_insensitive',
  'kein_problem',
  'no_next_step',
  'passive_aggressive',
  'if_you_had_read',
  'condescension',
  'cold_to_grief',
] as const;
export type DraftRuleId = (typeof DRAFT_RULE_IDS)[number];

/**
 * A one-click fix. `replace` substitutes the finding's span, or its own `span` when the fix
 * rephrases more than the flagged words (a deletion rewrites its whole sentence); `insert` adds
 * text at `at` (used by whole-text rules such as a missing greeting).
 */
export type Rewrite = { kind: 'replace'; text: string; span?: Span } | { kind: 'insert'; at: number; text: string };

/** One problem found in an agent's draft. */
export interface DraftFinding {
  rule: DraftRuleId;
  span: Span;
  severity: Severity;
  /** Why it was flagged: the catalogue's `reason_<rule>`, rendered by the panel in the agent's language. */
  reason: Notice<`reason_${DraftRuleId}`>;
  /** Suggestions in the draft's language; at least one. */
  rewrites: Rewrite[];
}

/** Result of {@link checkDraft}. */
export interface DraftCheck {
  language: ToneLanguage;
  /** Sorted by position in the text. */
  findings: DraftFinding[];
}

/** Options shared by {@link analyzeMessage} and {@link checkDraft}. */
export interface ToneOptions {
  /** The language assumed for very short texts. Default 'de'. */
  uiLanguage?: ToneLanguage;
  /** Skip detection and treat the text as this language. */
  language?: ToneLanguage;
  /** Moods of the customer's message (checkDraft): enables rules such as a missing next step. */
  customerMoods?: readonly Mood[];
  /** Requester's name (checkDraft): the draft should address them. */
  customerName?: string;
  /**
   * The reply box is a rich editor (checkDraft): one paragraph per line there, so inserted
   * paragraphs are separated by one line break (a blank line would be an empty paragraph).
   * Unset: read from the draft (a blank line anywhere means plain-text paragraphs).
   */
  richText?: boolean;
}
