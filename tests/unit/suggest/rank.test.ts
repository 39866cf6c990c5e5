import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/db/schema';
import { explainSuggestion, rankForTicket, readTicket, selectSuggestions } from '@/lib/suggest';
import { STARTER_SNIPPETS, templateOf } from '../../fixtures/starter-snippets';

// The situations in fresh wordings, against the starter library.
function first(subject: string, text: string, language: 'de' | 'en', library: Snippet[] = STARTER_SNIPPETS) {
  const ticket = readTicket({ subject, text, language });
  const { templates } = selectSuggestions(library, ticket.moods, { language, subject, messageText: ticket.message });
  return templates;
}

describe('rankForTicket', () => {
  it('meets a grieving customer with the pet template, whatever the sign-off says', () => {
    const top = first(
      'Futter',
      'Guten Tag, unsere Katze Mia ist am Wochenende eingeschlafen, der Tierarzt konnte nichts mehr tun. Ich habe noch zwei Kartons Nassfutter von Ihnen. Soll ich die zurückschicken?\n\nDanke und viele Grüße\nPetra',
      'de',
    );
    expect(templateOf(top[0]!.snippet)).toBe('grief-pet-food-return');
  });

  it('meets praise that names a colleague with thanks, never with a reply to a complaint about staff', () => {
    for (const [subject, text, language] of [
      [
        'Großes Lob',
        'Ihre Kollegin Frau Yilmaz am Telefon war super, in fünf Minuten war alles geklärt. Vielen Dank!',
        'de',
      ],
      [
        'Kudos',
        'Your colleague Priya on the chat sorted out my account in no time, really excellent help. Thanks!',
        'en',
      ],
    ] as const) {
      const top = first(subject, text, language);
      expect(templateOf(top[0]!.snippet), text).toBe('praise-thanks');
      expect(top.find((s) => templateOf(s.snippet) === 'complaint-about-staff')?.clash ?? true, text).toBe(true);
    }
  });

  it('puts the social-media template first for a threat to go public over a broken machine', () => {
    const top = first(
      'Kaffeevollautomat schon wieder defekt',
      'Die Maschine ist nach drei Wochen schon wieder kaputt. Wenn das bis Freitag nicht gelöst ist, zeige ich meinen 20.000 Followern auf Instagram, wie Sie mit Kunden umgehen.',
      'de',
    );
    expect(templateOf(top[0]!.snippet)).toBe('public-threat-social');
  });

  it('answers a fee for a bad review with our own mistake, not with login or cancellation help', () => {
    const top = first(
      'Charged for my review?',
      'After I posted a one-star review about my stay, you deducted a £50 "reputation fee" from my deposit. Are you serious?',
      'en',
    );
    expect(templateOf(top[0]!.snippet)).toBe('own-mistake');
    expect(top.map((s) => templateOf(s.snippet))).not.toContain('login-help');
  });

  it('suggests a topic match that has no moods for a calm lost-parcel ticket', () => {
    const top = first(
      'Paket',
      'Hallo, laut Sendungsverfolgung wurde mein Paket gestern zugestellt, bei mir ist aber nichts angekommen. Auch die Nachbarn haben nichts.',
      'de',
    );
    expect(templateOf(top[0]!.snippet)).toBe('delivery-marked-delivered-not-received');
  });

  it('finds the starter "Erstattung" for "Rückerstattung" and an imported macro without moods for its topic', () => {
    const macro: Snippet = {
      ...STARTER_SNIPPETS[0]!,
      id: 'zd-1',
      title: 'Rückerstattung Gutschein Weihnachtsaktion',
      body: 'Der Gutschein der Weihnachtsaktion wird Ihnen gutgeschrieben.',
      tags: ['zendesk'],
      moods: [],
      language: 'de',
      variantGroup: undefined,
    };
    const library = [...STARTER_SNIPPETS, macro];
    const top = first(
      'Gutschein',
      'Mein Gutschein aus der Weihnachtsaktion ging nicht, bekomme ich eine Rückerstattung?',
      'de',
      library,
    );
    expect(top[0]!.snippet.id).toBe('zd-1');
    // The README's example: "rueckerstattung" meets the starter's "Erstattung".
    const refund = first('Frage', 'Wann kommt die Rueckerstattung?', 'de').find(
      (s) => templateOf(s.snippet) === 'refund-status',
    );
    expect(refund?.topics).toContain('Rueckerstattung');
    // An inactive macro is not suggested.
    const hidden = first(
      'Gutschein',
      'Mein Gutschein aus der Weihnachtsaktion ging nicht, bekomme ich eine Rückerstattung?',
      'de',
      [...STARTER_SNIPPETS, { ...macro, inactive: true }],
    );
    expect(hidden.map((s) => s.snippet.id)).not.toContain('zd-1');
  });

  it('never puts a clashing snippet first, however well its words match', () => {
    const ticket = readTicket({
      subject: 'Frage',
      text: 'Wie lange dauert die Lieferung nach Österreich?',
      language: 'de',
    });
    const griefLike: Snippet = {
      ...STARTER_SNIPPETS[0]!,
      id: 'x',
      title: 'Lieferung Österreich Lieferung dauert',
      body: 'Lieferung nach Österreich dauert',
      moods: ['grief'],
      variantGroup: undefined,
    };
    const ranked = rankForTicket([...STARTER_SNIPPETS, griefLike], ticket);
    expect(ranked.find((r) => r.snippet.id === 'x')?.clash).toBe(true);
    expect(ranked[0]!.snippet.id).not.toBe('x');
  });

  it('explains a suggestion in one line in the agent’s language', () => {
    const top = first(
      'Hund',
      'Unser Hund ist gestorben, ich möchte das Futter zurückgeben. Wie bekomme ich eine Rückerstattung?',
      'de',
    );
    expect(explainSuggestion(top[0]!, 'de')).toMatch(/^Thema: .*Hund.* · passt zu: Trauer$/);
    expect(explainSuggestion(top[0]!, 'en')).toMatch(/^matches: .* · suits: grief$/);
  });
});
