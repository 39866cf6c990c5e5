// Part 1: service failures, delivery and product defects.
export const LEXICON_DE_1 = `
-1.5: verspätung
`;
