import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from '@/lib/formats/decode';
import { ImportError } from '@/lib/formats/types';
import { utf8 } from './helpers';
import { thrown } from '../i18n/say';

describe('decodeBytes', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeBytes(utf8('Grüße'))).toEqual({ text: 'Grüße', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Grüße')]))).toEqual({
      text: 'Grüße',
      encoding: 'utf-8',
    });
    expect(decodeBytes('\uFEFFGrüße').text).toBe('Grüße');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x47, 0x00, 0xfc, 0x00]);
    expect(decodeBytes(le)).toEqual({ text: 'Gü', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x47, 0x00, 0xfc]);
    expect(decodeBytes(be)).toEqual({ text: 'Gü', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x80, 0x20, 0x84, 0x61, 0x93]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Grüße € „a“', encoding: 'windows-1252' });
  });

  it('maps 0x80–0x9F per the WHATWG windows-1252 index and the rest as Latin-1', () => {
    // Node's own TextDecoder('windows-1252') decodes as Latin-1 (0x80 → U+0080), hence our table.
    const high = decodeWindows1252(new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    expect(high).toBe('€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ');
    const rest = Array.from({ length: 256 }, (_, i) => i).filter((i) => i < 0x80 || i >= 0xa0);
    expect(decodeWindows1252(new Uint8Array(rest))).toBe(String.fromCharCode(...rest));
  });

  it('refuses binary files and xlsx workbooks with a clear reason', () => {
    expect(thrown(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])))).toMatch(
      /Excel workbook: save it as CSV/,
    );
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toThrow(ImportError);
  });
});
