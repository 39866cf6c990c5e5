import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../../lib/search/fold';
import { withinOneEdit } from '../../../lib/search/fuzzy';

describe('fold', () => {
  it.each([
    ['Rückerstattung', 'rueckerstattung'],
    ['rueckerstattung', 'rueckerstattung'],
    ['GRÖSSE', 'groesse'],
    ['Größe', 'groesse'],
    ['Straße', 'strasse'],
    ['Ärger', 'aerger'],
    ['Café', 'cafe'],
    ['Ru\u0308ckgabe', 'rueckgabe'], // decomposed ü
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('tokenizes into folded words', () => {
    expect(tokenize('Größe: gr-hund, Rückerstattung!')).toEqual(['groesse', 'gr', 'hund', 'rueckerstattung']);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['rueckerstatung', 'rueckerstattung', true, true],
    ['entschuldigunng', 'entschuldigung', true, true],
    ['ruckerstattung', 'rueckerstattung', true, true],
    ['rueckertsattung', 'rueckerstattung', true, true],
    ['rueckerstatun', 'rueckerstattung', false, true],
    ['rueckerstatun', 'rueckerstattung', true, false],
    ['rxxckerstattung', 'rueckerstattung', true, false],
    ['lieferung', 'lieferung', true, true],
  ])('%s ~ %s (whole %s) → %s', (query, term, whole, expected) => {
    expect(withinOneEdit(query, term, whole)).toBe(expected);
  });
});
