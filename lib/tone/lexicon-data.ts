import { z } from 'zod';
import { PHRASES_DE, VALENCE_DE } from './data/valence-de';
import { PHRASES_EN, VALENCE_EN } from './data/valence-en';
import { LEXICON_DE } from './data/lexicon-de';
import { FACTUAL_DE, FACTUAL_EN, VALENCE_EN_2 } from './data/valence-phrases-2';
import { VADER_EMOTICONS, VADER_WORDS } from './data/vader-en';
import type { ToneLanguage } from './types';

// The lexicon data files, checked against their schema when first used: a typo in a data
// file must fail the unit test (tests/unit/tone/lexicon.test.ts), not silently score 0.

/** "-2: kaputt defekt* …": a weight from -3 to 3 in half steps, then words; `*` = stem. */
export const LexiconLineSchema = z.object({
  weight: z
    .number()
    .min(-3)
    .max(3)
    .refine((w) => w !== 0 && Number.isInteger(w * 4), 'weight in quarter steps, not 0'),
  words: z.array(z.string().regex(/^[\p{Ll}ß][\p{Ll}ß'’-]*\*?$/u, 'lower-case word, optional trailing *')).min(1),
});
export type LexiconLine = z.infer<typeof LexiconLineSchema>;

export function parseLexicon(data: string): LexiconLine[] {
  const out: LexiconLine[] = [];
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (colon < 0) throw new Error(`lexicon line without weight: "${line}"`);
    out.push(
      LexiconLineSchema.parse({
        weight: Number(line.slice(0, colon)),
        words: line
          .slice(colon + 1)
          .split(/\s+/)
          .filter(Boolean),
      }),
    );
  }
  return out;
}

export const OWN_LEXICON: Record<ToneLanguage, string[]> = {
  de: [VALENCE_DE, ...LEXICON_DE],
  en: [VALENCE_EN, VALENCE_EN_2],
};
export const PHRASES: Record<ToneLanguage, Array<[string, number]>> = {
  de: [...PHRASES_DE, ...FACTUAL_DE],
  en: [...PHRASES_EN, ...FACTUAL_EN],
};

// VADER words that are routine in a support inbox and say nothing about the customer's
// feeling there: "please help", "kind regards", "free return", "credit card", "no", "like".
export const VADER_SKIP: ReadonlySet<string> = new Set(
  `please help helps helping yes yeah no like likes liked want wants ok okay sure pretty kind kindly dear
  regards best hope hoped hopes hopefully wish wishes wished free support supported supports care cares
  credit true clear clearly matter join god united party play reach chance certain well accept accepted
  agree share interest interested thanks thank fine save saved gift straight number grant granted`.split(/\s+/),
);

/** VADER's words (ratings -4..4 scaled to our -3..3), minus the routine ones. */
export function vaderWords(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const line of VADER_WORDS.split('\n')) {
    const space = line.lastIndexOf(' ');
    const word = line.slice(0, space);
    if (VADER_SKIP.has(word)) continue;
    out.push([word, Number(line.slice(space + 1)) * 0.75]);
  }
  return out;
}

export function vaderEmoticons(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of VADER_EMOTICONS.split('\n')) {
    const space = line.lastIndexOf(' ');
    out.set(line.slice(0, space), Number(line.slice(space + 1)) * 0.75);
  }
  return out;
}

// Emoji customers use about a service (VADER's word list has none); written for Tonlage.
export const EMOJI: ReadonlyMap<string, number> = new Map([
  ...[...'😡🤬😠👿🤮🖕'].map((e) => [e, -2.5] as const),
  ...[...'😤😢😭😞😔🙁☹😩😫😖😣😿💔👎💩😱😰😨'].map((e) => [e, -2] as const),
  ...[...'🙄😒😑😕🤦😬😓😟🤨🥶🥵'].map((e) => [e, -1.5] as const),
  ...[...'🙃🤷'].map((e) => [e, -1] as const),
  ...[...'🙏👌✅'].map((e) => [e, 1] as const),
  ...[...'👍😊🙂😀😃😄😁👏🎉⭐🌟💯'].map((e) => [e, 1.5] as const),
  ...[...'❤😍🥰💕💖🤩😘🥳'].map((e) => [e, 2] as const),
]);
