import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MoodSchema, type Mood } from '../../lib/db/schema';
import { MESSAGES } from '../fixtures/tone/messages';
import type { Lang } from './sets';
import type { ValenceLabel } from './metrics';

// Training data of the learned tone model: tests/eval/train/ (written blind to the rules for
// this purpose, see its README) and the old fixtures in tests/fixtures/tone/. Never the frozen
// sets in tests/eval/sets/: dev chooses hyper-parameters and the blend, test is scored once.

export interface Example {
  id: string;
  lang: Lang;
  text: string;
  valence: ValenceLabel;
  /** null: the source labels valence only. */
  moods: readonly Mood[] | null;
  /** 'corpus': tests/eval/train/, written blind to the rules; the fixtures were written with them. */
  source: 'corpus' | 'fixtures';
}

const TRAIN_DIR = join(import.meta.dirname, 'train');

const TrainMessage = z.object({
  id: z.string(),
  lang: z.enum(['de', 'en']),
  text: z.string().min(1),
  valence: z.enum(['negative', 'neutral', 'positive']),
  moods: z.array(MoodSchema),
});

function corpus(): Example[] {
  const file = join(TRAIN_DIR, 'messages.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ ...TrainMessage.parse(JSON.parse(l)), source: 'corpus' as const }));
}

function reviews(): Example[] {
  const file = join(import.meta.dirname, '../fixtures/tone/reviews-heldout.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((line, i) => {
      const [text = '', valence = ''] = line.split('\t');
      const v = z.enum(['negative', 'neutral', 'positive']).parse(valence.trim());
      return { id: `review-${i}`, lang: 'de' as const, text, valence: v, moods: null, source: 'fixtures' as const };
    });
}

/** Every training example, in a fixed order. */
export function loadTraining(): Example[] {
  const fixtures = MESSAGES.map((m) => ({ ...m, source: 'fixtures' as const }));
  return [...corpus(), ...fixtures, ...reviews()];
}
