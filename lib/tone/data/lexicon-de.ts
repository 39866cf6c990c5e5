import { LEXICON_DE_1 } from './lexicon-de/part-1';

// The larger German valence lexicon (issue #14), written for Tonlage by hand: no SentiWS,
// GermanPolarityClues or AFINN-de data (their licences forbid or restrict commercial use).
// Lemmas only: the Snowball stemmer matches inflections, the compound lookup matches heads.
export const LEXICON_DE: readonly string[] = [LEXICON_DE_1];
