import { PHRASES_DE, VALENCE_DE } from './data/valence-de';
import { PHRASES_EN, VALENCE_EN } from './data/valence-en';
import { fold, rx } from './text';
import type { ToneLanguage } from './types';

// Parses the lexicon data once at module load into exact-word and stem maps.

interface Lexicon {
  exact: Map<string, number>;
  stems: Map<string, number>;
  phrases: Array<{ re: RegExp; weight: number }>;
}

function parse(data: string, phrases: Array<[string, number]>): Lexicon {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const weight = Number(line.slice(0, colon));
    for (const word of line.slice(colon + 1).split(/\s+/)) {
      if (!word) continue;
      if (word.endsWith('*')) stems.set(fold(word.slice(0, -1)), weight);
      else exact.set(fold(word), weight);
    }
  }
  return { exact, stems, phrases: phrases.map(([source, weight]) => ({ re: rx(source), weight })) };
}

const LEXICONS: Record<ToneLanguage, Lexicon> = {
  de: parse(VALENCE_DE, PHRASES_DE),
  en: parse(VALENCE_EN, PHRASES_EN),
};

const MAX_SUFFIX = 5;

/** Valence weight of a folded token, or 0. Stems match with up to five extra letters. */
export function wordWeight(norm: string, lang: ToneLanguage): number {
  const lex = LEXICONS[lang];
  const hit = lex.exact.get(norm);
  if (hit !== undefined) return hit;
  for (let k = norm.length; k >= Math.max(3, norm.length - MAX_SUFFIX); k--) {
    const stem = lex.stems.get(norm.slice(0, k));
    if (stem !== undefined) return stem;
  }
  return 0;
}

// German compounds carry their feeling in the last part: "Lieferchaos", "Servicewüste",
// "Transportschaden". A word the lexicon does not know is scored by its longest known
// negative head (at least five letters after a modifier of at least three), somewhat weaker
// than the word alone. Positive heads are left out: "stollen" is no "tollen".
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;
const COMPOUND_MIN_WEIGHT = -1.5;
const COMPOUND_FACTOR = 0.8;

function compoundWeight(norm: string, lang: ToneLanguage): number {
  if (lang !== 'de' || norm.length < MIN_HEAD + MIN_MODIFIER) return 0;
  for (let k = MIN_MODIFIER; k <= norm.length - MIN_HEAD; k++) {
    const w = wordWeight(norm.slice(k), lang);
    if (w <= COMPOUND_MIN_WEIGHT) return w * COMPOUND_FACTOR;
  }
  return 0;
}

/** Like {@link wordWeight}, and for German also scores compounds by their head. */
export function tokenWeight(norm: string, lang: ToneLanguage): number {
  const w = wordWeight(norm, lang);
  return w !== 0 ? w : compoundWeight(norm, lang);
}

export function phrasesFor(lang: ToneLanguage): ReadonlyArray<{ re: RegExp; weight: number }> {
  return LEXICONS[lang].phrases;
}

const NEGATORS: Record<ToneLanguage, Set<string>> = {
  de: new Set([
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keinem',
    'keiner',
    'keines',
    'nie',
    'niemals',
    'nichts',
    'ohne',
    'kaum',
    'weder',
  ]),
  en: new Set([
    'not',
    'no',
    'never',
    'without',
    'hardly',
    'nothing',
    'neither',
    'nor',
    'cannot',
    'dont',
    'doesnt',
    'didnt',
    'isnt',
    'wasnt',
    'arent',
    'werent',
    'havent',
    'hasnt',
    'cant',
    'wont',
    'wouldnt',
    'shouldnt',
    'couldnt',
  ]),
};

export function isNegator(norm: string, lang: ToneLanguage): boolean {
  return NEGATORS[lang].has(norm) || (lang === 'en' && norm.endsWith("n't"));
}

const INTENSIFIERS = new Set(
  `sehr total extrem absolut wirklich echt voellig voll ganz mega richtig aeusserst besonders so ueberhaupt gar
  unglaublich zutiefst hoechst enorm super very really extremely absolutely totally completely utterly
  incredibly truly highly seriously too such deeply bloody damn`.split(/\s+/),
);
const DIMINISHERS = new Set(
  'etwas bisschen eher leicht relativ einigermassen slightly somewhat bit kinda fairly rather little'.split(' '),
);

/** Multiplier of a word in front of a lexicon word: >1 intensifies, <1 softens, 1 neutral. */
export function modifier(norm: string): number {
  if (INTENSIFIERS.has(norm)) return 1.3;
  if (DIMINISHERS.has(norm)) return 0.7;
  return 1;
}
