import fc from 'fast-check';
import { MOODS, type Snippet, SnippetSchema } from '@/lib/db/schema';

/** Arbitrary valid snippets, as SnippetSchema outputs them (trimmed titles, no undefined keys). */
export const snippetArb: fc.Arbitrary<Snippet> = fc
  .record(
    {
      id: fc.uuid(),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      shortcut: fc.stringMatching(/^\S{2,40}$/),
      body: fc.string({ maxLength: 300 }),
      format: fc.constantFrom('text' as const, 'html' as const),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 4 }),
      language: fc.constantFrom('de' as const, 'en' as const, 'any' as const),
      variantGroup: fc.string({ minLength: 1, maxLength: 10 }),
      moods: fc.uniqueArray(fc.constantFrom(...MOODS), { maxLength: 3 }),
      createdAt: fc.nat(),
      updatedAt: fc.nat(),
      useCount: fc.nat(),
      lastUsedAt: fc.nat(),
      starter: fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), version: fc.integer({ min: 1, max: 9 }) }),
    },
    {
      requiredKeys: [
        'id',
        'title',
        'body',
        'format',
        'tags',
        'language',
        'moods',
        'createdAt',
        'updatedAt',
        'useCount',
      ],
    },
  )
  .map((s) => SnippetSchema.safeParse(s))
  .filter((r) => r.success)
  .map((r) => r.data!);
