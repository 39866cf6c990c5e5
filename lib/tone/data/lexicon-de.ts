import { LEXICON_DE_1 } from './lexicon-de/part-1';
import { LEXICON_DE_2 } from './lexicon-de/part-2';
import { LEXICON_DE_3 } from './lexicon-de/part-3';
import { LEXICON_DE_4 } from './lexicon-de/part-4';
import { LEXICON_DE_5 } from './lexicon-de/part-5';

// The larger German valence lexicon (issue #14), written for Tonlage by hand: no SentiWS,
// GermanPolarityClues or AFINN-de data (their licences forbid or restrict commercial use).
// Lemmas only: the Snowball stemmer matches inflections, the compound lookup matches heads.
export const LEXICON_DE: readonly string[] = [LEXICON_DE_1, LEXICON_DE_2, LEXICON_DE_3, LEXICON_DE_4, LEXICON_DE_5];
