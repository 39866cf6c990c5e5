import { describe, expect, it } from 'vitest';
import { readTicket, selectSuggestions } from '@/lib/suggest';
import { termsOf } from '@/lib/suggest/terms';
import { STARTER_SNIPPETS, templateOf } from '../../fixtures/starter-snippets';

// The ranking's general rules (issue #15), each on a fresh wording of our own (not the eval
// sets'): ironic praise, a journalist's enquiry, a reported insult versus the customer's own,
// and words that only look like a concept.

function firstIds(subject: string, text: string, language: 'de' | 'en') {
  const ticket = readTicket({ subject, text, language });
  const { templates } = selectSuggestions(STARTER_SNIPPETS, ticket.moods, {
    language,
    subject,
    messageText: ticket.message,
  });
  return templates.map((s) => templateOf(s.snippet));
}

describe('ranking rules', () => {
  it('reads praise beside a complaint about repetition as irony: never thanks first', () => {
    // The tone engine reads praise and frustration here; the thanks template would come first.
    const ids = firstIds(
      'Vielen Dank',
      'Vielen lieben Dank, dass ich nach vier Anrufen erneut nur vertröstet wurde. Weiter so!',
      'de',
    );
    expect(ids[0]).not.toBe('praise-thanks');
    expect(['repeat-contact', 'sarcasm-reply']).toContain(ids[0]);
  });

  it('answers a reporter with the press office, whatever the article is about', () => {
    // The article is about cancelling: the cancellation templates would come first.
    for (const [subject, text, lang] of [
      [
        'Presseanfrage',
        'Guten Tag, ich bin Reporterin beim Stadtradio und bereite einen Beitrag über Kündigungen von Fitnessverträgen vor. Viele Hörer wollen kündigen und ärgern sich über Gebühren. Bitte um Stellungnahme bis Freitag.',
        'de',
      ],
      [
        'Press enquiry',
        'Hello, I am a journalist with a consumer blog writing about people who want to cancel gym contracts and are angry about exit fees. Could you comment by Friday?',
        'en',
      ],
    ] as const) {
      expect(['handover-named-team', 'public-threat-social']).toContain(firstIds(subject, text, lang)[0]);
    }
  });

  it('treats a customer who was sworn at by staff as a complaint about staff, not as abuse', () => {
    const ids = firstIds(
      'Your courier',
      'The courier was rude and swore at my elderly mother when she asked him to carry the box inside. I expect an apology.',
      'en',
    );
    expect(['complaint-about-staff', 'anger-first-reply']).toContain(ids[0]);
  });

  it('does not read "express" as the press, a rejected claim as a payment, or "Papier" as a pet', () => {
    expect(termsOf('Expressversand bezahlt', 'de').has('#press')).toBe(false);
    expect(termsOf('Meine Reklamation wurde abgelehnt', 'de').has('#payment')).toBe(false);
    expect(termsOf('Das Papier ist sortiert', 'de').has('#pet')).toBe(false);
    expect(termsOf('Die Presse fragt an', 'de').has('#press')).toBe(true);
    expect(termsOf('Meine Karte abgelehnt', 'de').has('#payment')).toBe(true);
  });
});
