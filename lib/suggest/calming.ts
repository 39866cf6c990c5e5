import type { Mood } from '../db/schema';
import type { MessageAnalysis } from '../tone';
import type { Calming } from './rank';

// "Learn what calms customers" (issue #15): how upset a customer message reads, and whether
// the next message after an insertion was calmer. Pure, so the rule is tested on its own.

const HOSTILE: readonly Mood[] = ['anger', 'frustration', 'public_threat', 'legal_threat', 'sarcasm', 'cancellation'];

/** An insertion counts only when the customer was at least this upset. */
export const UPSET = 0.35;
/** A next message counts as calmer when it is below UPSET or this much less upset. */
const DROP = 0.3;

/** 0 (calm) … 1 (furious): the stronger of negative valence and the strongest hostile mood. */
export function upsetness(a: Pick<MessageAnalysis, 'valence' | 'moods'>): number {
  const hostile = Math.max(0, ...a.moods.filter((m) => HOSTILE.includes(m.label)).map((m) => m.strength));
  return Math.min(1, Math.max(0, -a.valence.score, hostile));
}

export function calmedDown(before: number, after: number): boolean {
  return after < UPSET || after <= before - DROP;
}

/** Per snippet: how many settled outcomes, and how many of them calmed the customer. */
export function tallyCalming(outcomes: ReadonlyArray<{ snippetId: string; state: string }>): Map<string, Calming> {
  const out = new Map<string, Calming>();
  for (const o of outcomes) {
    if (o.state === 'pending') continue;
    const c = out.get(o.snippetId) ?? { calmed: 0, total: 0 };
    c.total++;
    if (o.state === 'calmed') c.calmed++;
    out.set(o.snippetId, c);
  }
  return out;
}
