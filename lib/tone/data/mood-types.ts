import type { Mood } from '../../db/schema';

/**
 * [regex source, weight 0..1, flags: 'n' negatable, 'c' needs a negative message, canceller:
 * the cue does not count when its sentence matches this regex source].
 */
export type MoodRule = readonly [source: string, weight: number, flags?: string, cancel?: string];
export type MoodRules = Record<Mood, readonly MoodRule[]>;
