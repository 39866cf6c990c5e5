import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { ToneLanguage } from './types';

// Why @orama/stemmers: it is the Snowball German and English (Porter2) algorithms compiled to
// small JavaScript, one ES module per language (6 KB German, 2 KB English, tree-shaken),
// Apache-2.0, released with the Orama search engine and kept up to date with it. The
// alternatives were older (snowball-stemmers, last release years ago, all languages in one
// bundle), Porter-only (stemmer, porter2) or WebAssembly (multilingual-stemmer), which an
// extension page would have to load asynchronously. The Snowball German stemmer strips
// inflection ("kaputten" → "kaputt", "Verspätungen" → "verspat") and folds umlauts; compound
// heads ("Zugverspätungen") are found by the lexicon, which tries the word's endings.

const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

// The stemmer folds umlauts, which would make "schön" and "schon" one word. It only cuts
// endings, so the stem's letters line up with the word's: put the umlauts back.
function restoreUmlauts(stemmed: string, lower: string): string {
  if (!/[äöü]/.test(lower)) return stemmed;
  let out = '';
  for (let i = 0; i < stemmed.length; i++) {
    const c = lower[i] ?? '';
    out += UMLAUT[c] === stemmed[i] ? c : stemmed[i];
  }
  return out;
}

// Words repeat across keystrokes and messages: each is stemmed once. The cache is dropped
// when it grows past a long paste's vocabulary so that memory stays bounded.
const MAX_CACHE = 50_000;
const CACHE: Record<ToneLanguage, Map<string, string>> = { de: new Map(), en: new Map() };

/** Snowball stem of a lower-cased word (umlauts as typed and kept). */
export function stem(lower: string, lang: ToneLanguage): string {
  const cache = CACHE[lang];
  let s = cache.get(lower);
  if (s === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    s =
      lang === 'en'
        ? englishStemmer(lower.replace(/’/g, "'"))
        : restoreUmlauts(germanStemmer(lower.replace(/ß/g, 'ss')), lower);
    cache.set(lower, s);
  }
  return s;
}
