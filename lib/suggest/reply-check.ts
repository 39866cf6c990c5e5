import type { Draft } from '../messaging/background';
import type { TicketContext } from '../sites/context';
import { analyzeMessage, checkDraft, type DraftCheck, type ToneLanguage } from '../tone';

// The draft check as the agent sees it, for one conversation: the side panel lists these
// findings and the background counts the same ones on the toolbar badge (issue #19), so the two
// never disagree.

/** The customer's moods and name applied to the draft; null when the draft is empty. */
export function checkReply(
  context: TicketContext | null,
  draft: Draft | null,
  uiLanguage: ToneLanguage,
): DraftCheck | null {
  if (!context || !draft?.text.trim()) return null;
  const message = context.lastCustomerMessage?.text;
  const moods = message ? analyzeMessage(message, { uiLanguage, language: context.language }).moods : [];
  return checkDraft(draft.text, {
    uiLanguage,
    language: context.language,
    customerMoods: moods.map((m) => m.label),
    customerName: context.customer.name,
    richText: draft.rich,
  });
}
