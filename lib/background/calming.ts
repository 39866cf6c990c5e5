import { addPending, pendingIn, settle } from '../db/outcomes';
import type { TicketContext } from '../sites/context';
import { calmedDown, UPSET, upsetness } from '../suggest/calming';
import { analyzeMessage } from '../tone';

// Watches conversations for issue #15's "calmed N of M": an insertion into a conversation with
// an upset customer is remembered (hashes and numbers only); when the same conversation later
// shows a different customer message, that message says whether the customer calmed down.

async function hash(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const conversationOf = (c: TicketContext) => hash(`${c.site}\n${c.host}\n${c.conversationKey}`);

function upsetIn(c: TicketContext): number {
  const text = c.lastCustomerMessage?.text ?? '';
  return upsetness(analyzeMessage(text, { language: c.language }));
}

export async function noteInsertion(snippetId: string, context: TicketContext | null, now = Date.now()): Promise<void> {
  const text = context?.lastCustomerMessage?.text;
  if (!context || !text) return;
  const before = upsetIn(context);
  if (before < UPSET) return;
  await addPending({
    snippetId,
    conversation: await conversationOf(context),
    answered: await hash(text),
    before,
    at: now,
  });
}

export async function noteContext(context: TicketContext | null, now = Date.now()): Promise<void> {
  const text = context?.lastCustomerMessage?.text;
  if (!context || !text) return;
  const pending = await pendingIn(await conversationOf(context));
  if (pending.length === 0) return;
  const current = await hash(text);
  const answered = pending.filter((p) => p.answered !== current);
  if (answered.length === 0) return;
  const after = upsetIn(context);
  // One next message settles every insertion that answered an earlier one.
  const groups = new Map<boolean, number[]>();
  for (const p of answered) {
    const calmed = calmedDown(p.before, after);
    groups.set(calmed, [...(groups.get(calmed) ?? []), p.id!]);
  }
  for (const [calmed, ids] of groups) await settle(ids, after, calmed, now);
}
