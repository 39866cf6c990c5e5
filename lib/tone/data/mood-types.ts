import type { Mood } from '../../db/schema';

/** [regex source, weight 0..1, flags: 'n' negatable, 'c' needs a negative message]. */
export type MoodRule = readonly [source: string, weight: number, flags?: string];
export type MoodRules = Record<Mood, readonly MoodRule[]>;
