import { foldWord, type Token, tokenizeWords } from './text';
import type { ToneLanguage } from './types';

// Why our own stop-word scorer and not franc-min: franc needs 10+ characters and guesses among
// ~80 languages (short German replies often come back as Dutch or Scots), its trigram tables
// add weight to every bundle that imports the engine, and we only ever need German vs English.
// The most frequent function words of each language settle even a three-word message, and
// "Danke!" or "Thanks!" are decided by the greeting/thanks words below.

/** Frequent German function words (folded). */
export const DE = new Set(
  `der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich mir
  mein meine meinen meinem meiner sie ihnen ihre ihren ist sind war waren bin bist hat habe haben hatte
  wird werde werden wurde nicht kein keine keinen nichts noch schon auch nur mit von zu zum zur bei auf
  für aus nach vor über unter wie was warum wieso wo wann wer dass weil wenn ob bitte danke dank hallo
  guten tag gruss gruesse viele freundlichen sehr geehrte geehrter leider jetzt heute morgen immer wieder
  seit doch mal ja nein kann koennen muss muessen soll sollte moechte mochte waere hätte haette ganz
  einfach etwas alles sich uns euch man hier dort dann denn also sowie sondern ihr ihrer ihrem`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);

/** Frequent English function words (folded). */
export const EN = new Set(
  `the a an and or but i you he she it we they me my mine your yours our us them their is are was were
  be been being am has have had do does did not no nothing never yet still also only with of to for
  from at on in by about as how what why where when who that this these those because if please thanks
  thank hi hello dear regards best cheers sorry unfortunately now today tomorrow always again can could
  will would should must may might want need just very so too there here then than any some all get got
  ive im dont doesnt didnt cant wont isnt wasnt its i'm i've don't doesn't didn't can't won't isn't
  wasn't it's you're we're let let's`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldWord),
);

export function scoreLanguage(tokens: readonly Token[], text: string): { de: number; en: number } {
  let de = 0;
  let en = 0;
  for (const t of tokens) {
    if (DE.has(t.norm)) de++;
    if (EN.has(t.norm)) en++;
  }
  // Umlauts and ß are strong German evidence even in a single word.
  const umlauts = text.match(/[äöüßÄÖÜ]/g)?.length ?? 0;
  de += Math.min(umlauts, 3) * 0.75;
  return { de, en };
}

const SAMPLE = 2000;

/** The tokens of text.slice(0, SAMPLE), taken from the tokens of the whole text. */
function sampleTokens(tokens: readonly Token[], text: string): readonly Token[] {
  if (text.length <= SAMPLE) return tokens;
  let n = 0;
  while (n < tokens.length && tokens[n]!.end <= SAMPLE) n++;
  const out = tokens.slice(0, n);
  const cut = tokens[n];
  // A word cut by the sample's end is re-read as the sample has it ("don’t" → "don").
  if (cut && cut.start < SAMPLE) {
    for (const t of tokenizeWords(text.slice(cut.start, SAMPLE)))
      out.push({ ...t, start: t.start + cut.start, end: t.end + cut.start });
  }
  return out;
}

/** Function-word and umlaut evidence of the first SAMPLE characters of `text`. */
export function languageEvidence(text: string, tokens?: readonly Token[]): { de: number; en: number } {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  return scoreLanguage(tokens ? sampleTokens(tokens, text) : tokenizeWords(sample), sample);
}

/**
 * Detects whether `text` is German or English. Returns `fallback` (usually the interface
 * language) when the text carries no evidence, such as "???" or an order number.
 */
export function detectLanguage(text: string, fallback: ToneLanguage, tokens?: readonly Token[]): ToneLanguage {
  if (typeof text !== 'string' || text.length === 0) return fallback;
  // Long texts: the first 2,000 characters are plenty and keep detection O(1) per keystroke.
  const { de, en } = languageEvidence(text, tokens);
  if (de === en) return fallback;
  return de > en ? 'de' : 'en';
}
