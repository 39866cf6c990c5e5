import { ImportError } from './types';

// Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such.
// Bytes that are not valid UTF-8 are decoded as Windows-1252, the encoding German Excel
// uses for "CSV (Trennzeichen-getrennt)"; detect.ts accepts that for CSV only and refuses
// JSON and YAML, which are UTF-8 by definition.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; undefined bytes map to U+FFFD.
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let part = '';
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      part += b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? '\uFFFD') : String.fromCharCode(b);
    }
    chars.push(part);
  }
  return chars.join('');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeBytes(bytes: Uint8Array | string): DecodedText {
  if (typeof bytes === 'string') return { text: bytes.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new ImportError('binary', { detail: 'ZIP archive' });
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new ImportError('binary', { detail: 'NUL byte' });
  }
  try {
    return { text: utf8(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
