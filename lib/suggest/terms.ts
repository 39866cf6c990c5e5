import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { fold } from '../search';
import { conceptsOf, PHRASE_STARTS } from './synonyms';

// Topic terms of a text: the search's folding, then the Snowball stem of each word, plus the
// concepts of the synonym table (so "Rückerstattung", "Erstattung" and "Geld zurück" meet).
// Concept terms start with "#", which no folded word does.

const WORD = /[\p{L}\p{N}]+/gu;
// Function words say nothing about a topic (folded forms).
const STOP = new Set(
  (
    'der die das den dem des ein eine einen einem einer und oder aber auch auf aus bei bis fuer mit nach von vor zu zum zur ' +
    'ich mir mich mein meine meinen wir uns unser unsere sie ihr ihre ihnen ihren ihrem es er sein seine ist sind war waren ' +
    'hat habe haben hatte wird werden wurde kann koennen soll sollte muss nicht kein keine noch schon sehr nur wie was wann ' +
    'wenn dass als ob so da hier dann denn doch mal jetzt immer heute bitte danke hallo guten tag ' +
    'the and or but for with from about into onto of to in on at by an a is are was were be been have has had do does did ' +
    'not no yet still very just only how what when where why if that this these those it its my me we our us you your ' +
    'they them their he she his her can could would should will shall may might must please thanks thank hi hello dear ' +
    // Everyday verbs, adverbs and quantities that appear in any ticket, whatever its topic.
    'geht gehen stand steht etwas einmal mehr mehrere alle alles andere anderes gern gerne moechte moechten wuerde ' +
    'bekommen bekomme kommt kommen gibt machen macht sagen gesagt laut damit davon dazu nun ganz viel viele ' +
    'want wanted would like get got getting give make made say said also now some any many much more ' +
    'other others all every number nummer show shows see know'
  ).split(' '),
);
const MAX_CACHE = 50_000;
const stems: Record<'de' | 'en', Map<string, string>> = { de: new Map(), en: new Map() };

function stemOf(word: string, lang: 'de' | 'en'): string {
  const cache = stems[lang];
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    s = lang === 'en' ? englishStemmer(word) : germanStemmer(word);
    cache.set(word, s);
  }
  return s;
}

/** A term of a text and the word it was first seen as (for the one-line explanation). */
export type Terms = Map<string, string>;

const wordTerms: Record<'de' | 'en' | 'any', Map<string, string[]>> = { de: new Map(), en: new Map(), any: new Map() };

/** Stems and concepts of one folded word, computed once per word and language. */
function termsOfWord(w: string, lang: 'de' | 'en' | 'any'): string[] {
  const cache = wordTerms[lang];
  let out = cache.get(w);
  if (out) return out;
  out = [];
  if (w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)) {
    for (const l of lang === 'any' ? (['de', 'en'] as const) : [lang]) {
      const s = stemOf(w, l);
      if (!out.includes(s)) out.push(s);
    }
    out.push(...conceptsOf(w));
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(w, out);
  return out;
}

/** Terms of a text; `lang` "any" stems with both languages. */
export function termsOf(text: string, lang: 'de' | 'en' | 'any', into: Terms = new Map()): Terms {
  // Folding the whole text at once is much cheaper than word by word (long bodies).
  const folded = fold(text).match(WORD) ?? [];
  const original = text.match(WORD) ?? [];
  const surfaces = original.length === folded.length ? original : folded;
  for (let i = 0; i < folded.length; i++) {
    for (const t of termsOfWord(folded[i]!, lang)) if (!into.has(t)) into.set(t, surfaces[i]!);
  }
  // Synonyms of two or three words ("geld zurueck", "put to sleep") are looked up on neighbours.
  for (let i = 0; i + 1 < folded.length; i++) {
    if (!PHRASE_STARTS.has(folded[i]!)) continue;
    for (const n of [2, 3]) {
      if (i + n > folded.length) break;
      const phrase = folded.slice(i, i + n).join(' ');
      for (const c of conceptsOf(phrase)) if (!into.has(c)) into.set(c, surfaces.slice(i, i + n).join(' '));
    }
  }
  return into;
}
