import { describe, expect, it } from 'vitest';
import { applyRewrite, checkDraft } from '../../../lib/tone/index';
import type { Mood } from '../../../lib/db/schema';

// Wordings written for this test, not taken from the evaluation sets: the shapes must hold
// for sentences nobody tuned them on.
const rules = (text: string, moods: Mood[] = ['frustration']) =>
  checkDraft(text, { customerMoods: moods, customerName: 'Jana Roth' }).findings.map((f) => f.rule);

const FIRES: Array<[string, string, Mood[]?]> = [
  [
    'passive_aggressive',
    'Hallo Frau Roth, schön, dass Sie nach zwei Monaten endlich antworten. Ich prüfe das bis Montag.',
  ],
  ['passive_aggressive', 'Hi Ms Roth, good of you to finally reply after a month. I will check it by Monday.'],
  ['passive_aggressive', 'Hi Ms Roth, per my previous message, the form is attached.'],
  ['distrust', 'Hallo Frau Roth, wir bezweifeln, dass die Lieferung unvollständig war. Ich prüfe das bis Montag.'],
  ['distrust', 'Hi Ms Roth, it seems rather unlikely that the box arrived empty. I will check by Monday.'],
  ['if_you_had_read', 'Hallo Frau Roth, wenn Sie die Produktbeschreibung genau gelesen hätten, wäre das klar.'],
  ['if_you_had_read', 'Hi Ms Roth, had you looked at the product description, you would know this.'],
  ['blame', 'Hallo Frau Roth, Sie hätten die Ware sofort nach Erhalt auspacken müssen. Ich melde mich morgen.'],
  ['blame', 'Hi Ms Roth, had you entered the right postcode, the parcel would have arrived. I will call tomorrow.'],
  ['condescension', 'Hallo Frau Roth, das sollte eigentlich jedem klar sein. Ich melde mich morgen.'],
  ['condescension', 'Hi Ms Roth, surely you know how to open an attachment. I will call tomorrow.'],
  ['cold_to_grief', 'Hallo Frau Roth, die Raten laufen bis zur Vorlage der Unterlagen weiter.', ['grief']],
  ['cold_to_grief', 'Hi Ms Roth, the balance remains payable, or we will have to involve collections.', ['grief']],
  ['command', 'Hi Ms Roth, return the device within 7 days. We will then refund you.'],
];

const QUIET: Array<[string, string, Mood[]?]> = [
  // a refusal followed by a free alternative
  ['cant_do', 'Hallo Frau Roth, die Gebühr kann ich nicht zurücknehmen, ich schreibe Ihnen aber 10 € gut.'],
  ['cant_do', "Hi Ms Roth, we can't ship to that island, but you can collect it free of charge at our depot."],
  // what happens next: a result, an attachment, a choice, an invitation, an action done
  ['no_next_step', 'Hallo Frau Roth, Ihre Reklamation ist erfasst und der Austausch freigegeben.'],
  ['no_next_step', 'Hi Ms Roth, the return label is attached to this email.'],
  ['no_next_step', 'Hallo Frau Roth, entweder tauschen wir das Gerät, oder Sie erhalten das Geld zurück.'],
  ['no_next_step', 'Hi Ms Roth, does Thursday morning suit you for the engineer?'],
  ['no_next_step', "Hi Ms Roth, I've waived the fee on your account."],
  // care, not coldness: no rush, reminders stopped
  ['cold_to_grief', 'Liebe Frau Roth, die Mahnungen sind gestoppt.', ['grief']],
  ['cold_to_grief', 'Dear Ms Roth, please send the certificate whenever you feel ready; there is no rush.', ['grief']],
  // an apology is not blame; a polite question is not an order
  ['blame', 'Hi Ms Roth, you should not have had to chase us. I have refunded the fee.'],
  ['blame', 'Hallo Frau Roth, hätten Sie vielleicht ein Foto für uns?'],
];

describe('draft shapes', () => {
  it.each(FIRES)('%s fires on "%s"', (rule, text, moods) => {
    expect(rules(text, moods)).toContain(rule);
  });
  it.each(QUIET)('%s stays quiet on "%s"', (rule, text, moods) => {
    expect(rules(text, moods)).not.toContain(rule);
  });
  it('explains an order as an order, not as an overpromise', () => {
    const found = rules('Hallo Frau Roth, reichen Sie sofort die Rechnung ein. Danach prüfen wir.');
    expect(found).toContain('command');
    expect(found).not.toContain('overpromise');
  });
  it('does not call a placeholder in capitals shouting', () => {
    const found = rules('Hi Ms Roth, your order [ORDER ID] has been refunded.');
    expect(found).toContain('placeholder');
    expect(found).not.toContain('all_caps');
  });
  it('deletes a pointed reference and keeps the sentence well-formed', () => {
    const text = 'Hallo Frau Roth,\n\nwie bereits mehrfach erläutert, dauert die Prüfung zwei Tage.';
    const f = checkDraft(text, { customerName: 'Jana Roth' }).findings.find((x) => x.rule === 'repetition')!;
    expect(applyRewrite(text, f)).toBe('Hallo Frau Roth,\n\ndie Prüfung dauert zwei Tage.');
  });
});
