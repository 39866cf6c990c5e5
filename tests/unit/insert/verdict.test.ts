import { describe, expect, it } from 'vitest';
import { judge } from '@/lib/insert/verdict';

// Issue #16: "changed" is not "landed". The read-back after each insertion step tells
// the replaced characters that stayed (late selection) and a deleted selection (Quill 1)
// from a real insertion.

const want = 'VieleGrüße';

describe('judging an insertion step', () => {
  it('calls a replaced abbreviation landed', () => {
    expect(judge('Vorab: vg', 'Vorab: Viele Grüße', want, 'vg')).toBe('landed');
  });
  it('sees the abbreviation that stayed in front of the text', () => {
    expect(judge('Vorab: vg', 'Vorab: vgViele Grüße', want, 'vg')).toBe('kept-replaced');
  });
  it('sees a step that only deleted the selection', () => {
    expect(judge('Hello vg', 'Hello ', want, 'vg')).toBe('ate-selection');
  });
  it('calls anything else garbled', () => {
    expect(judge('Hello vg', 'Hello vgxyz', want, 'vg')).toBe('garbled');
    expect(judge('', 'Viele', want, '')).toBe('garbled');
  });
  it('calls an insertion without replacement landed even when the text was there before', () => {
    expect(judge('Viele Grüße', 'Viele Grüße\nViele Grüße', want, '')).toBe('landed');
  });
  it('does not mistake text that already stood before the abbreviation for a leftover', () => {
    expect(judge('vgViele Grüße vg', 'vgViele Grüße Viele Grüße', want, 'vg')).toBe('landed');
  });
});
