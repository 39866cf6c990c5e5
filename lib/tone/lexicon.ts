import { DE, EN } from './language';
import { EMOJI, OWN_LEXICON, parseLexicon, PHRASES, VADER_SKIP, vaderEmoticons, vaderWords } from './lexicon-data';
import { requirement } from './prefilter';
import { stem } from './stem';
import { fold, rx } from './text';
import type { ToneLanguage } from './types';

// One hash lookup per word: the lexicons are compiled once, on first use, into maps from the
// folded word, its Snowball stem and (for `*` entries) a folded prefix to a weight. A word's
// weight is then cached, so a message costs one map lookup per token however large the
// lexicons grow (issue #20: no list of regexes per word).

interface Lexicon {
  exact: Map<string, number>;
  stems: Map<string, number>;
  prefixes: Map<string, number>;
  /** Only the hand-written words: decides the language of an ambiguous text. */
  own: Map<string, number>;
  phrases: Array<{ re: RegExp; weight: number; need: string[] | null }>;
  cache: Map<string, number>;
}

// A stem stands for its word only when the stemmer cut an inflection, not a derivation:
// "disappointed" → "disappoint" yes, "questionable" → "question" no.
const MAX_CUT = 3;

function addStem(
  stems: Map<string, number>,
  word: string,
  lang: ToneLanguage,
  weight: number,
  override: boolean,
): void {
  const key = stem(word, lang);
  if (key.length < 4 || word.length - key.length > MAX_CUT) return;
  if (override || !stems.has(key)) stems.set(key, weight);
}

// Function words are never matched by stem: "sich" is not "sicher", "please" not "pleased".
const CLOSED: Record<ToneLanguage, ReadonlySet<string>> = { de: DE, en: new Set([...EN, ...VADER_SKIP]) };

function build(lang: ToneLanguage): Lexicon {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  const prefixes = new Map<string, number>();
  if (lang === 'en') {
    // VADER first, so that our own weights (written for a support inbox) override it.
    for (const [word, weight] of vaderWords()) {
      exact.set(fold(word), weight);
      addStem(stems, word, lang, weight, false);
    }
  }
  const own = new Map<string, number>();
  for (const data of OWN_LEXICON[lang]) {
    for (const { weight, words } of parseLexicon(data)) {
      for (const word of words) {
        const base = word.endsWith('*') ? word.slice(0, -1) : word;
        if (word.endsWith('*')) prefixes.set(fold(base), weight);
        else exact.set(fold(base), weight);
        own.set(fold(base), weight);
        addStem(stems, base, lang, weight, true);
      }
    }
  }
  const phrases = PHRASES[lang].map(([source, weight]) => ({ re: rx(source), weight, need: requirement(source) }));
  return { exact, stems, prefixes, own, phrases, cache: new Map() };
}

const LEXICONS: Partial<Record<ToneLanguage, Lexicon>> = {};
const lexicon = (lang: ToneLanguage): Lexicon => (LEXICONS[lang] ??= build(lang));

const MAX_SUFFIX = 5;
const MAX_CACHE = 50_000;

function direct(lex: Lexicon, lower: string, norm: string, lang: ToneLanguage): number {
  const hit = lex.exact.get(norm);
  if (hit !== undefined) return hit;
  if (CLOSED[lang].has(norm)) return 0;
  const s = lex.stems.get(stem(lower, lang));
  if (s !== undefined) return s;
  for (let k = norm.length; k >= Math.max(3, norm.length - MAX_SUFFIX); k--) {
    const p = lex.prefixes.get(norm.slice(0, k));
    if (p !== undefined) return p;
  }
  return 0;
}

// German compounds carry their feeling in the last part: "Lieferchaos", "Zugverspätungen",
// "Transportschaden". A word the lexicon does not know is scored by its longest known
// negative head (at least four letters after a modifier of at least three), a little weaker
// than the word alone. Positive heads are left out: "Stollen" is no "tollen".
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
const COMPOUND_MAX_WEIGHT = -1;
const COMPOUND_FACTOR = 0.8;

function compound(lex: Lexicon, lower: string, lang: ToneLanguage): number {
  for (let k = MIN_MODIFIER; k <= lower.length - MIN_HEAD; k++) {
    const head = lower.slice(k);
    const w = direct(lex, head, fold(head), lang);
    if (w <= COMPOUND_MAX_WEIGHT) return w * COMPOUND_FACTOR;
  }
  return 0;
}

/** Valence weight of a lower-cased word (umlauts as typed), or 0. */
export function weightOf(lower: string, lang: ToneLanguage): number {
  const lex = lexicon(lang);
  let w = lex.cache.get(lower);
  if (w === undefined) {
    w = direct(lex, lower, fold(lower), lang);
    if (w === 0 && lang === 'de' && lower.length >= MIN_HEAD + MIN_MODIFIER) w = compound(lex, lower, lang);
    if (lex.cache.size >= MAX_CACHE) lex.cache.clear();
    lex.cache.set(lower, w);
  }
  return w;
}

/** True if the hand-written lexicon of `lang` knows the folded word (language evidence). */
export function ownWord(norm: string, lang: ToneLanguage): boolean {
  return lexicon(lang).own.has(norm);
}

/** Weight of a run of symbols such as ":-(" or an emoji, or 0. */
export function symbolWeight(chunk: string): number {
  return EMOTICONS().get(chunk) ?? EMOJI.get(chunk) ?? 0;
}
let emoticons: Map<string, number> | undefined;
const EMOTICONS = () => (emoticons ??= vaderEmoticons());

export function phrasesFor(lang: ToneLanguage): ReadonlyArray<{ re: RegExp; weight: number; need: string[] | null }> {
  return lexicon(lang).phrases;
}
