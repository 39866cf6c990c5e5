import type { DraftRuleId, Severity } from '../types';

// Draft rules written as shapes over words (issue #14), compiled by lib/tone/matcher.ts: a
// shape names the grammatical frame ("hätten Sie … gelesen", "you … finally … replied") and
// leaves the words in between open, so that it holds for wordings nobody has written yet.
// The tables per language are draft-shapes-de.ts and draft-shapes-en.ts.

export interface ShapeRule {
  id: DraftRuleId;
  severity: Severity;
  /** Token patterns (see matcher.ts). */
  patterns: readonly string[];
  /** Patterns that count only when the customer is grieving. */
  griefOnly?: readonly string[];
  /** A match of one of these in the same sentence cancels the finding ("Mahnungen gestoppt"). */
  unless?: readonly string[];
  /** A question is a request or an offer, not a reproach ("Hätten Sie ein Foto?"). */
  statementOnly?: boolean;
  /** Replaces the whole sentence: the frame, not one word, is the problem. */
  rewrite: string;
}
