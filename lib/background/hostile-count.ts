import type { TicketContext } from '../sites/context';
import { getSettings } from '../settings';
import { analyzeMessage } from '../tone';
import { isHostile, recordHostile } from '../wellbeing/gentler-day';

/** Background, for every conversation a tab reports: counts it towards "a gentler day" if hostile. */
export async function countHostile(context: TicketContext | null): Promise<void> {
  const message = context?.lastCustomerMessage?.text;
  if (!context || !message || !(await getSettings()).gentlerDay) return;
  const moods = analyzeMessage(message, { language: context.language }).moods.map((m) => m.label);
  if (!isHostile(moods)) return;
  // One count per conversation and customer message: a new angry reply on the same ticket counts again.
  await recordHostile([context.site, context.host, context.ticketId ?? context.subject ?? '', message].join('\n'));
}
