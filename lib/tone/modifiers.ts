import type { ToneLanguage } from './types';

// Words that turn or scale the feeling of the word after them.

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
    'nix',
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
