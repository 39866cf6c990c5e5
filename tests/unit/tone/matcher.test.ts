import { describe, expect, it } from 'vitest';
import { TokenMatcher, withSentences } from '../../../lib/tone/matcher';
import { tokenizeWords } from '../../../lib/tone/text';

const spans = (pattern: string, text: string) => {
  const toks = withSentences(text, tokenizeWords(text));
  return new TokenMatcher([[pattern, 0]])
    .matchAll(toks)
    .map((m) => text.slice(toks[m.first]!.start, toks[m.last]!.end));
};

describe('TokenMatcher', () => {
  it('matches words folded, by beginning and by ending (German compounds)', () => {
    expect(spans('hätten =Sie ..6 *anleitung ..3 gelesen', 'Haetten Sie die Bedienungsanleitung gelesen')).toEqual([
      'Haetten Sie die Bedienungsanleitung gelesen',
    ]);
    expect(spans('angeblich*', 'Die angeblichen Schäden')).toEqual(['angeblichen']);
  });
  it('keeps the case of =words: "Sie" is the customer, "sie" is someone else', () => {
    expect(spans('=Sie hätten ..4 müssen', 'Sie hätten das prüfen müssen')).toHaveLength(1);
    expect(spans('=Sie hätten ..4 müssen', 'sie hätten das prüfen müssen')).toHaveLength(0);
  });
  it('takes optional words, gaps and words in a row', () => {
    expect(spans('?bitte beruhigen =Sie sich', 'Beruhigen Sie sich.')).toEqual(['Beruhigen Sie sich']);
    expect(spans('no_need ..1 to ..3 upset', 'There is no need to get so upset')).toEqual(['no need to get so upset']);
    expect(spans('no_need ..1 to ..1 upset', 'There is no need to get so upset')).toEqual([]);
  });
  it('never leaves the sentence, but a decimal point is not a sentence end', () => {
    expect(spans('sorry ..6 refund', 'We are sorry. The refund is on its way.')).toEqual([]);
    expect(spans('gemäß ..3 unserer', 'gemäß Ziffer 7.3 unserer Bedingungen')).toHaveLength(1);
  });
  it('anchors ^ at the first word of a sentence', () => {
    expect(spans('^ send ..6 immediately', 'Send the form immediately.')).toHaveLength(1);
    expect(spans('^ send ..6 immediately', 'We send the form immediately.')).toHaveLength(0);
  });
});
