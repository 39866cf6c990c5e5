import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '@/lib/sites/registry';
import { watchConversation } from '@/lib/sites/watch';
import { HELPDESK_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (adapter) watchConversation(ctx, adapter);
  },
});
