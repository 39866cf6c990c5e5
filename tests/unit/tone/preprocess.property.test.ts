import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/tone/index';
import { MESSAGES } from '../../fixtures/tone/messages';

// Adding what a mail client or a polite customer adds around the words that matter must never
// change the moods or the valence read from them (issue #14), by the rules or by the model.

const GREETINGS = [
  'Hallo,',
  'Sehr geehrte Damen und Herren,',
  'Guten Tag Frau Berg,',
  'Hi there,',
  'Dear Sir or Madam,',
  'Hello team,',
  'Liebes Support-Team,',
];
const SIGN_OFFS = [
  'Mit freundlichen Grüßen\nAnna Berg',
  'Viele Grüße\nJonas',
  'LG Tom',
  'Danke und Gruß\nPetra Schulz\nMusterstraße 5\n12345 Berlin',
  'Best regards,\nSarah Miller',
  'Thanks,\nMike',
  'Kind regards\nJ. Smith\n+44 20 7946 0000',
];
const SIGNATURES = [
  '-- \nAnna Berg\nTel. 0171 2345678',
  '--\nMark Jones | Head of Purchasing\nAcme Ltd.',
  'Sent from my iPhone',
  'Von meinem iPhone gesendet',
];
const DISCLAIMERS = [
  'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der beabsichtigte Empfänger sind, informieren Sie bitte sofort den Absender. Vielen Dank! Wir freuen uns über Ihr Feedback.',
  'Beispiel GmbH · Sitz der Gesellschaft: Köln · Amtsgericht Köln HRB 12345 · Geschäftsführer: Dr. Max Muster',
  'This e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it. Thank you, we appreciate your help!',
];

function quote(history: string, lang: 'de' | 'en'): string {
  const header =
    lang === 'de'
      ? 'Am 12.03.2026 um 09:14 schrieb Kundenservice <service@shop.example>:'
      : 'On Tue, 3 Mar 2026 at 10:12, Support Team <support@shop.example> wrote:';
  return `${header}\n${history
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}`;
}

const readingOf = (text: string, lang: 'de' | 'en') => {
  const a = analyzeMessage(text, { uiLanguage: lang });
  return { moods: a.moods.map((m) => `${m.label}:${m.source ?? 'cues'}`).sort(), valence: a.valence.label };
};

const body = fc.constantFrom(...MESSAGES);
const other = fc.constantFrom(...MESSAGES.map((m) => m.text));

describe('set-aside parts never change the moods or the valence', () => {
  it('a greeting, sign-off, signature, disclaimer or quoted history', () => {
    fc.assert(
      fc.property(
        body,
        fc.option(fc.constantFrom(...GREETINGS)),
        fc.option(fc.constantFrom(...SIGN_OFFS)),
        fc.option(fc.constantFrom(...SIGNATURES)),
        fc.option(fc.constantFrom(...DISCLAIMERS)),
        fc.option(other),
        (m, greeting, signOff, signature, disclaimer, history) => {
          const parts = [
            greeting,
            m.text,
            signOff,
            signature,
            disclaimer,
            history === null ? null : quote(history, m.lang),
          ];
          const dressed = parts.filter((p) => p !== null).join('\n\n');
          expect(readingOf(dressed, m.lang)).toEqual(readingOf(m.text, m.lang));
        },
      ),
      { numRuns: 400 },
    );
    // 800 analyses of dressed-up messages: well over the default 5 s on a loaded machine.
  }, 60_000);

  it('reports what it set aside', () => {
    const text = `Hallo,\n\nmein Paket ist immer noch nicht da.\n\nViele Grüße\nAnna\n\n${quote('Wir melden uns.', 'de')}`;
    const a = analyzeMessage(text);
    expect(a.setAside.map((s) => s.kind)).toEqual(['greeting', 'signoff', 'agent_reply']);
    expect(text.slice(a.setAside[0]!.start, a.setAside[0]!.end)).toBe('Hallo,');
    expect(text.slice(a.setAside[1]!.start, a.setAside[1]!.end)).toBe('Viele Grüße\nAnna');
  });
});
