import type { Mood } from '../db/schema';
import { languageEvidence } from './language';
import { ownWord } from './lexicon';
import { findMoodCues, intensity, MIN_STRENGTH, type RawMood, resolveMoods, toFindings } from './moods';
import { type Token, tokenizeWords } from './text';
import { findSetAside, maskSetAside, NEVER_EVIDENCE } from './preprocess';
import { normalise, scoreLexicon } from './valence';
import type { MessageAnalysis, SetAside, ToneLanguage, ToneOptions, Valence, ValenceLabel } from './types';
import { blendMoods, blendValence, type Mode, type ModelReading, readModel } from './blend';

// How much each mood moves the valence (times its strength): moods capture what general
// words miss, e.g. a calm "Ich kündige" or "my dog died".
const MOOD_VALENCE: Record<Mood, number> = {
  anger: -2.5,
  frustration: -2,
  public_threat: -2,
  // A calm cancellation is neutral in a support inbox; anger or frustration with it are not.
  cancellation: -0.5,
  legal_threat: -2,
  grief: -2,
  urgency: -0.3,
  confusion: -0.4,
  praise: 1.5,
  sarcasm: -2,
};

/** Valence scores closer to 0 than this are neutral. */
const NEUTRAL_BAND = 0.25;

/**
 * Like detectLanguage, but when the function words leave it open or nearly so ("Arrived
 * broken.", "Disappointed."), the valence words decide: a review often has no function words.
 */
function readLanguage(text: string, tokens: readonly Token[], ui: ToneLanguage): ToneLanguage {
  const evidence = languageEvidence(text, tokens);
  if (Math.abs(evidence.de - evidence.en) >= 1.5) return evidence.de > evidence.en ? 'de' : 'en';
  let de = evidence.de;
  let en = evidence.en;
  for (const t of tokens) {
    const inDe = ownWord(t.norm, 'de');
    const inEn = ownWord(t.norm, 'en');
    if (inDe && !inEn) de += 0.5;
    else if (inEn && !inDe) en += 0.5;
  }
  if (de === en) return ui;
  return de > en ? 'de' : 'en';
}

const labelOf = (score: number): ValenceLabel =>
  score <= -NEUTRAL_BAND ? 'negative' : score >= NEUTRAL_BAND ? 'positive' : 'neutral';

/** The moods whose cues count (strength at least MIN_STRENGTH), with their strengths. */
function counted(found: ReadonlyMap<Mood, RawMood>): Map<Mood, number> {
  const out = new Map<Mood, number>();
  for (const [mood, m] of found) if (m.strength >= MIN_STRENGTH) out.set(mood, m.strength);
  return out;
}

/** Moods from the model: kept, dropped or added as the blend decides (blend.ts). */
function applyModelMoods(found: Map<Mood, RawMood>, reading: ModelReading, mode: Mode, blocked: Set<Mood>): void {
  const rules = counted(found);
  const { keep, add } = blendMoods(rules, reading.prediction.moods, mode, blocked);
  for (const mood of rules.keys()) if (!keep.has(mood)) found.delete(mood);
  if (mode === 'model') found.clear();
  for (const { mood, strength } of add) found.set(mood, { strength, evidence: reading.spans(mood), source: 'wording' });
}

/** The customer's own words of now: set-aside parts blanked with spaces (offsets kept). */
export function ownWords(original: string): { text: string; setAside: SetAside[] } {
  let setAside = findSetAside(original);
  let text = maskSetAside(original, setAside);
  // A message that is nothing but "Danke!" is still read: there is nothing else to go by.
  if (text.trim() === '') {
    const body = setAside.find((s) => s.kind === 'signoff');
    setAside = setAside.filter((s) => s !== body);
    text = maskSetAside(original, setAside);
  }
  if (text.trim() === '') {
    setAside = setAside.filter((s) => NEVER_EVIDENCE.has(s.kind));
    text = maskSetAside(original, setAside);
  }
  return { text, setAside };
}

interface RulesReading {
  text: string;
  setAside: SetAside[];
  tokens: Token[];
  language: ToneLanguage;
  /** Moods the cues found (strengths below MIN_STRENGTH included). */
  found: Map<Mood, RawMood>;
  /** Moods whose cue was negated or cancelled. */
  blocked: Set<Mood>;
  /** The rules' raw valence (0: no word or cue scored) and its normalised score. */
  raw: number;
  rules: number;
  /** Sides of the cues the rules turned by negation: the blend does not go back to them. */
  turned: Set<1 | -1>;
}

/** The rules' reading of a message, before the learned model is asked. */
function readRules(original: string, options: ToneOptions): RulesReading {
  const ui = options.uiLanguage ?? 'de';
  const { text, setAside } = ownWords(original);
  const tokens = tokenizeWords(text);
  const language = options.language ?? readLanguage(text, tokens, ui);
  const scored = scoreLexicon(text, tokens, language);
  const lexNegative = scored.reduce((sum, s) => sum + Math.min(0, s.score), 0);
  const lexPositive = scored.reduce((sum, s) => sum + Math.max(0, s.score), 0);

  // First pass decides whether the message is negative enough for conditional cues.
  const blocked = new Set<Mood>();
  const cues = findMoodCues(text, tokens, language, blocked);
  const first = resolveMoods(cues, lexNegative <= -1.5);
  const negativeContext =
    lexNegative <= -1.5 ||
    ['anger', 'frustration', 'sarcasm', 'legal_threat'].some(
      (m) => (first.get(m as Mood)?.strength ?? 0) >= MIN_STRENGTH,
    );
  const found = negativeContext ? resolveMoods(cues, true) : first;

  const boost = intensity(text, tokens);
  for (const mood of ['anger', 'frustration', 'urgency'] as const) {
    const m = found.get(mood);
    if (m) m.strength = Math.min(1, m.strength + boost);
  }
  const sarcastic = (found.get('sarcasm')?.strength ?? 0) >= MIN_STRENGTH;
  if (sarcastic) found.delete('praise');
  let raw = lexNegative + (sarcastic ? -0.5 * lexPositive : lexPositive);
  for (const [mood, m] of found) if (m.strength >= MIN_STRENGTH) raw += MOOD_VALENCE[mood] * m.strength;
  const exclaims = Math.min(4, (text.match(/!/g) ?? []).length);
  raw *= 1 + 0.08 * exclaims;
  const turned = new Set<1 | -1>();
  for (const s of scored) if (s.turnedFrom) turned.add(s.turnedFrom);
  return { text, setAside, tokens, language, found, blocked, raw, rules: normalise(raw), turned };
}

/** What the blend reads of a message: the rules' moods and score, and the model's probabilities (tests/eval/tune-blend.ts). */
export function blendReading(original: string, options: ToneOptions = {}) {
  const r = readRules(original, options);
  const prediction = readModel(r.text, r.tokens, r.language).prediction;
  return {
    moods: counted(r.found),
    blocked: r.blocked,
    rules: r.rules,
    nothing: r.raw === 0,
    turned: r.turned,
    words: r.tokens.length,
    prediction,
  };
}

/**
 * Reads a message. `mode` is for the evaluation only (eval:tone compares the parts): the
 * panel always blends the rules with the learned model.
 */
export function analyze(original: string, options: ToneOptions = {}, mode: Mode = 'blend'): MessageAnalysis {
  const { text, setAside, tokens, language, found, blocked, raw, rules, turned } = readRules(original, options);
  const reading = mode === 'rules' ? null : readModel(text, tokens, language);
  if (reading) {
    applyModelMoods(found, reading, mode, blocked);
    // Sarcastic thanks are no praise, whoever read the sarcasm.
    if ((found.get('sarcasm')?.strength ?? 0) >= MIN_STRENGTH) found.delete('praise');
  }
  const blended = reading
    ? blendValence(rules, raw === 0, reading.prediction.valence, mode, NEUTRAL_BAND, turned, tokens.length)
    : rules;
  const score = Math.round(blended * 1000) / 1000;
  const valence: Valence = { label: labelOf(score), score };
  // The label the agent sees is explained by the words that moved the model, if not by rules.
  if (reading && valence.label !== labelOf(rules)) {
    valence.source = 'wording';
    if (valence.label !== 'neutral') valence.evidence = reading.spans(valence.label);
  }
  const moods = toFindings(found);
  // Evidence text comes from the original: a cue may end in blanked-out space.
  for (const m of moods) for (const e of m.evidence) e.text = original.slice(e.start, e.end);
  for (const e of valence.evidence ?? []) e.text = original.slice(e.start, e.end);
  return { language, valence, moods, setAside };
}
