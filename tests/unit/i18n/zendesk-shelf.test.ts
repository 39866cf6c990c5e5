import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n/messages';
import { zendeskActionNames, zendeskErrorKey } from '@/lib/i18n/zendesk-shelf';
import { FAILURE_CODES } from '@/lib/shelves/zendesk/fetch';

describe('Zendesk shelf wording', () => {
  it('names macro actions the way the macro editor does, in both languages', () => {
    expect(zendeskActionNames(['status', 'current_tags', 'assignee_id'], 'en')).toBe(
      'the status, tags and the assignee',
    );
    expect(zendeskActionNames(['status', 'set_tags', 'remove_tags'], 'de')).toBe('den Status und Tags');
    expect(zendeskActionNames(['custom_fields_360001', 'priority'], 'de')).toBe('Ticketfelder und die Priorität');
    const note = translate('de', 'zendeskActionsNotApplied', { actions: zendeskActionNames(['status'], 'de') });
    expect(note).toBe('In Zendesk setzt dieses Makro außerdem den Status. Tonlage fügt nur den Text ein.');
  });

  it('has a message for every failure, and reads an unknown code as an HTTP error', () => {
    for (const code of FAILURE_CODES)
      expect(translate('de', zendeskErrorKey(code), { status: 500, when: '16:30' })).not.toMatch(/\{|zendeskShelf/);
    expect(zendeskErrorKey('pin-mismatch')).toBe('zendeskShelfError_http');
  });
});
