import type { Mood, Snippet } from '../db/schema';
import { STARTER_PHRASES } from './phrases';
import { STARTER_TEMPLATES } from './templates';
import type { StarterText } from './types';

// The starter library as the snippets it installs: each template in German (Sie), English
// and, where written, German (du), linked by one variant group; each phrase in both languages.

export interface StarterEntry {
  /** Stable id of this language version, e.g. "grief-pet-food-return:de". */
  starterId: string;
  version: number;
  title: string;
  shortcut?: string;
  body: string;
  language: 'de' | 'en';
  tags: string[];
  moods: Mood[];
  variantGroup: string;
}

const PHRASE_KIND_DE = {
  opener: 'Einstieg',
  acknowledgement: 'Anerkennen',
  apology: 'Entschuldigung',
  bridge: 'Überleitung',
  closing: 'Abschluss',
} as const;

function templateEntries(): StarterEntry[] {
  return STARTER_TEMPLATES.flatMap((t) => {
    const variant = (suffix: string, text: StarterText, language: 'de' | 'en', extraTags: string[] = []) => ({
      starterId: `${t.id}:${suffix}`,
      version: t.version,
      title: text.title,
      shortcut: text.shortcut,
      body: text.body,
      language,
      tags: [...t.tags, 'starter', ...extraTags],
      moods: t.moods,
      variantGroup: `starter:${t.id}`,
    });
    const list = [variant('de', t.de, 'de'), variant('en', t.en, 'en')];
    if (t.deDu) list.push(variant('de-du', t.deDu, 'de', ['du']));
    return list;
  });
}

function phraseEntries(): StarterEntry[] {
  return STARTER_PHRASES.flatMap((p) => [
    {
      starterId: `phrase:${p.id}:de`,
      version: p.version,
      title: `${PHRASE_KIND_DE[p.kind]}: ${p.de}`,
      body: p.de,
      language: 'de' as const,
      tags: ['phrase', p.kind, 'starter'],
      moods: p.moods,
      variantGroup: `starter:phrase:${p.id}`,
    },
    {
      starterId: `phrase:${p.id}:en`,
      version: p.version,
      title: `${p.kind[0]!.toUpperCase()}${p.kind.slice(1)}: ${p.en}`,
      body: p.en,
      language: 'en' as const,
      tags: ['phrase', p.kind, 'starter'],
      moods: p.moods,
      variantGroup: `starter:phrase:${p.id}`,
    },
  ]);
}

export function starterEntries(): StarterEntry[] {
  return [...templateEntries(), ...phraseEntries()];
}

/** FNV-1a over the fields an agent edits: equal hashes mean the entry is as we installed it. */
export function contentHash(s: Pick<Snippet, 'title' | 'body' | 'shortcut' | 'format'>): string {
  let h = 0x811c9dc5;
  const text = `${s.title}\u0000${s.shortcut ?? ''}\u0000${s.format}\u0000${s.body}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}
