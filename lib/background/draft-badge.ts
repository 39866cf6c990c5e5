import type { Draft } from '../messaging/background';
import { resolveUiLanguage } from '../i18n/messages';
import { showFindingCount } from '../platform/browser';
import { getSettings } from '../settings';
import { checkReply } from '../suggest/reply-check';
import { getTabContext } from './tab-contexts';

// The findings badge of each tab (issue #19). The last draft per tab is kept in memory only
// (never in storage), so a conversation that arrives after the draft still updates the count.
const drafts = new Map<number, Draft | null>();

export async function updateFindingBadge(tabId: number, draft?: Draft | null): Promise<void> {
  if (draft !== undefined) drafts.set(tabId, draft);
  const [context, settings] = await Promise.all([getTabContext(tabId), getSettings()]);
  const ui = resolveUiLanguage(settings.uiLanguage, globalThis.navigator?.language ?? 'en');
  const check = checkReply(context, drafts.get(tabId) ?? null, ui);
  await showFindingCount(tabId, check?.findings.length ?? 0);
}

export function forgetDraft(tabId: number): void {
  drafts.delete(tabId);
}
