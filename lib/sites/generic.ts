import type { ConversationInfo, SiteAdapter } from './adapter';
import { isVisible } from './names';

// Any other site the agent enabled: every textarea and contenteditable is a reply box, and
// the context is what the page offers (its title and host). Listed last in the registry.
const BOXES = 'textarea, [contenteditable=""], [contenteditable="true"], input[type="text"], input:not([type])';

export const generic = {
  id: 'generic',
  pages: [],
  hosts: [],
  watch: BOXES,
  findReplyBoxes: (doc) =>
    [...doc.querySelectorAll<HTMLElement>(BOXES)].filter(
      (el) =>
        isVisible(el) && !(el as HTMLInputElement).readOnly && !el.parentElement?.closest('[contenteditable="true"]'),
    ),
  readContext(doc, box): ConversationInfo | null {
    if (!box) return null;
    return {
      conversationKey: `generic:${doc.location.host}${doc.location.pathname}`,
      subject: doc.title.trim() || undefined,
      customer: {},
    };
  },
} as const satisfies SiteAdapter;
