import type { ShelfEntryInput } from '../db/shelf-schema';
import { normalizeLabel } from '../formats/entry';
import { parseTonlage } from '../formats/tonlage-json';
import { ImportError } from '../formats/types';

// A team pack is a Tonlage library export (or backup: only its snippets count), checked
// with the importer's own schema. Unlike an import, a pack is taken whole or not at all:
// one bad entry refuses the pack, so a broken file never half-replaces a shelf.

/** 20 MiB: a pack of 5,000 long templates is a few MB. */
export const PACK_MAX_BYTES = 20 * 1024 * 1024;

export type PackProblem = { code: 'invalid' | 'too-large' | 'empty'; detail?: string };

export function readPack(text: string): { entries: ShelfEntryInput[] } | { problem: PackProblem } {
  if (text.length > PACK_MAX_BYTES) return { problem: { code: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: { code: 'invalid', detail: error instanceof Error ? error.message : 'JSON' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'tonlage') {
    return { problem: { code: 'invalid', detail: 'format: expected "tonlage"' } };
  }
  let parsed;
  try {
    parsed = parseTonlage(json);
  } catch (error) {
    const detail = error instanceof ImportError ? error.reason : undefined;
    return { problem: { code: 'invalid', detail } };
  }
  const bad = parsed.entries.find((e) => !e.candidate);
  if (bad) {
    return {
      problem: {
        code: 'invalid',
        detail: `#${bad.index + 1} ${bad.problems.map((p) => p.code).join(' ')}`.slice(0, 500),
      },
    };
  }
  if (parsed.entries.length === 0) return { problem: { code: 'empty' } };
  const seen = new Set<string>();
  const entries: ShelfEntryInput[] = [];
  for (const { candidate: c, index } of parsed.entries) {
    // Exports always carry ids; a hand-written pack may not, and then the title is the identity.
    const remoteId = (c!.id ?? `title:${normalizeLabel(c!.title)}`).slice(0, 200);
    if (seen.has(remoteId)) return { problem: { code: 'invalid', detail: `#${index + 1} duplicate id` } };
    seen.add(remoteId);
    entries.push({
      title: c!.title,
      shortcut: c!.shortcut,
      body: c!.body,
      format: c!.format,
      tags: c!.tags,
      language: c!.language,
      moods: c!.moods,
      variantGroup: c!.variantGroup,
      inactive: c!.inactive,
      inferred: c!.inferred,
      origin: { kind: 'pack', remoteId, updatedAt: c!.updatedAt },
    });
  }
  return { entries };
}

/** Lowercase hex sha256 of the bytes as served. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
