import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/i18n/messages';
import { applyRewrite, checkDraft, type DraftFinding } from '../../../lib/tone/index';

const rules = (text: string, opts = {}) => checkDraft(text, opts).findings.map((f) => f.rule);
const find = (text: string, rule: string, opts = {}): DraftFinding => {
  const f = checkDraft(text, opts).findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule} in ${text}`);
  return f;
};

describe('checkDraft', () => {
  it('replaces "Kein Problem" with "Gern" in one click', () => {
    const text = 'Hallo Herr Braun,\n\nkein Problem, ich habe die Adresse geändert.';
    expect(applyRewrite(text, find(text, 'kein_problem'), 0)).toBe(
      'Hallo Herr Braun,\n\ngern, ich habe die Adresse geändert.',
    );
  });
  it('deletes "As I already said" and capitalises the sentence', () => {
    const text = 'Hello Mrs Taylor,\n\nAs I already said, the refund takes five days.';
    expect(applyRewrite(text, find(text, 'repetition'), 0)).toBe('Hello Mrs Taylor,\n\nThe refund takes five days.');
  });
  it('inserts a greeting with the customer name', () => {
    const text = 'Your order shipped today.';
    const f = find(text, 'missing_greeting', { customerName: 'Olivia Grant' });
    // "Hello" rather than "Hi": neutral for any customer (issue #19 keeps the register).
    expect(applyRewrite(text, f, 0)).toBe('Hello Olivia,\n\nYour order shipped today.');
  });
  it('offers a lead-in that keeps the German word order and starts a new sentence', () => {
    const text = 'Guten Tag Frau Gruber,\nwie schon gesagt, ist heute das Paket angekommen.';
    const f = find(text, 'repetition');
    expect(applyRewrite(text, f, 0)).toBe('Guten Tag Frau Gruber,\ndas Paket ist heute angekommen.');
    expect(applyRewrite(text, f, 1)).toBe(
      'Guten Tag Frau Gruber,\nKurz zusammengefasst: Das Paket ist heute angekommen.',
    );
  });
  it('keeps the verb second when the phrase followed a greeting on the same line', () => {
    const text = 'Hallo Frau Hoffmann, wie schon gesagt, ist das Paket unterwegs.';
    expect(applyRewrite(text, find(text, 'repetition'), 0)).toBe('Hallo Frau Hoffmann, das Paket ist unterwegs.');
  });
  it('leaves a subordinate clause alone', () => {
    const text = 'Hallo Frau Hoffmann,\nich denke, wie schon gesagt, dass wir das bis Freitag schaffen.';
    expect(applyRewrite(text, find(text, 'repetition'), 0)).toBe(
      'Hallo Frau Hoffmann,\nich denke, dass wir das bis Freitag schaffen.',
    );
  });
  it('offers no lead-in in the middle of a sentence', () => {
    const text = 'Hi Jane,\nThe parcel, as I said, is on its way.';
    expect(find(text, 'repetition').rewrites).toHaveLength(1);
  });
  it('turns a command into a request', () => {
    const text = 'Hallo,\n\nSie müssen uns zuerst die Rechnung schicken.';
    expect(applyRewrite(text, find(text, 'command'), 0)).toBe(
      'Hallo,\n\nKönnten Sie uns zuerst die Rechnung schicken.',
    );
  });
  it('does not read "Sie müssen nichts tun" or "you can simply reply" as problems', () => {
    expect(rules('Hallo,\n\nSie müssen nichts weiter tun.')).toEqual([]);
    expect(rules('Hello,\n\nYou can simply reply to this email.')).toEqual([]);
  });
  it('flags "leider" only when dense', () => {
    expect(rules('Hallo,\n\nleider ist der Artikel ausverkauft. Ich setze Sie auf die Warteliste.')).not.toContain(
      'unfortunately_density',
    );
    expect(rules('Hallo,\n\nleider ist er weg. Leider kommt er nicht wieder.')).toContain('unfortunately_density');
  });
  it('asks for a next step with a date only when the customer is upset', () => {
    const text = 'Hello,\n\nI am very sorry for the delay.\n\nBest';
    expect(rules(text)).not.toContain('no_next_step');
    expect(rules(text, { customerMoods: ['anger'] })).toContain('no_next_step');
    expect(rules('Hello,\n\nSorry! I will call you tomorrow at 10am.', { customerMoods: ['anger'] })).not.toContain(
      'no_next_step',
    );
  });
  it('reads states, announcements and instructions as next steps, a bare referral not', () => {
    const upset = { customerMoods: ['anger'] };
    for (const text of [
      'Hallo Frau Roth,\n\ndie neuen Zugangsdaten sind ab sofort in Ihrem Postfach.\n\nGrüße',
      'Hallo Frau Roth,\n\ndie Gutschrift wird mit der nächsten Abrechnung verrechnet.\n\nGrüße',
      'Hi Ms Lowe,\n\nThe corrected invoice is now in your account.\n\nBest',
      'Hi Ms Lowe,\n\nThe technician will come on Thursday morning.\n\nBest',
      'Hi Ms Lowe,\n\nRestart the router and hold the reset button for ten seconds.\n\nBest',
    ])
      expect(rules(text, upset), text).not.toContain('no_next_step');
    expect(rules('Hi Ms Lowe,\n\nThat is up to the airline. Please contact them directly.\n\nBest', upset)).toContain(
      'no_next_step',
    );
  });
  it('does not take an inability to find something out for a refusal', () => {
    expect(rules('Hallo Herr Lenz,\n\nwir können die Sendung derzeit leider nicht orten.\n\nGrüße')).not.toContain(
      'cant_do',
    );
    expect(rules('Hi Mr Lenz,\n\nWe cannot trace where the parcel went.\n\nBest')).not.toContain('cant_do');
    expect(rules('Hi Mr Lenz,\n\nWe cannot refund the fee.\n\nBest')).toContain('cant_do');
  });
  it('flags unfilled placeholders, capitals and grief platitudes', () => {
    expect(rules('Hi {{ticket.requester.first_name}},\n\nthanks.')).toContain('placeholder');
    expect(rules('Hi,\n\nPlease DO NOT send it back.')).toContain('all_caps');
    expect(rules('Hi,\n\nThe IBAN and PDF are attached.')).not.toContain('all_caps');
    const grief = checkDraft('Liebe Frau Sommer,\n\nKopf hoch!', { customerMoods: ['grief'] }).findings[0];
    expect(grief?.rule).toBe('grief_insensitive');
    expect(grief?.severity).toBe('error');
  });
  it('gives reasons as catalogue codes, rendered in the interface language', () => {
    const finding = find('Sie hätten besser lesen sollen.', 'blame');
    expect(finding.reason).toEqual({ code: 'reason_blame' });
    expect(translate('de', finding.reason.code)).toMatch(/Schuld/);
    expect(translate('en', finding.reason.code)).toMatch(/blam/);
  });
  it('applyRewrite leaves the text unchanged for a missing rewrite', () => {
    const text = 'Hallo,\n\nkein Problem.';
    expect(applyRewrite(text, find(text, 'kein_problem'), 9)).toBe(text);
  });
});
