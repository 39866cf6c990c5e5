import { publish } from '../messaging/broadcast';
import { getDb } from './database';
import { parseOrThrow } from './errors';
import { type Outcome, OutcomeSchema } from './schema';

// Storage of insertion outcomes (issue #15). The background writes them (lib/background/
// calming.ts decides what counts); the statistics read and reset them. They are usage data:
// broadcast as the 'usage' table.

/** A pending outcome older than this is dropped: the customer never wrote again. */
export const PENDING_MAX_AGE_MS = 14 * 24 * 3600_000;

function changed(): void {
  publish({ kind: 'library-changed', tables: ['usage'] });
}

/** Records an insertion awaiting the customer's next message; one per snippet and conversation. */
export async function addPending(o: Omit<Outcome, 'id' | 'state' | 'after'>): Promise<void> {
  const record = parseOrThrow(OutcomeSchema, { ...o, state: 'pending' });
  const db = getDb();
  await db.transaction('rw', db.outcomes, async () => {
    await db.outcomes
      .where('conversation')
      .equals(record.conversation)
      .filter((x) => x.state === 'pending' && x.snippetId === record.snippetId)
      .delete();
    await db.outcomes.add(record);
  });
}

export async function pendingIn(conversation: string): Promise<Outcome[]> {
  return getDb()
    .outcomes.where('conversation')
    .equals(conversation)
    .filter((x) => x.state === 'pending')
    .toArray();
}

/** Settles the given pending outcomes with how upset the next message read; drops stale ones. */
export async function settle(ids: readonly number[], after: number, calmed: boolean, now = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.outcomes, async () => {
    for (const id of ids) await db.outcomes.update(id, { after, state: calmed ? 'calmed' : 'not-calmed' });
    await db.outcomes
      .where('at')
      .below(now - PENDING_MAX_AGE_MS)
      .filter((x) => x.state === 'pending')
      .delete();
  });
  if (ids.length > 0) changed();
}

export async function listOutcomes(): Promise<Outcome[]> {
  return getDb().outcomes.toArray();
}

/** The agent's reset: everything learnt about calming is forgotten. */
export async function clearOutcomes(): Promise<void> {
  await getDb().outcomes.clear();
  changed();
}
