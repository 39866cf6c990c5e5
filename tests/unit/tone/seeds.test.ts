import { describe, expect, it } from 'vitest';
import { analyzeMessage, checkDraft } from '../../../lib/tone/index';

// The examples from the source articles (issue #6) must come out right.
describe('seed examples', () => {
  it('reads the customer whose dog died as grief', () => {
    const text =
      'Mein Hund Baily ist letzte Woche gestorben. Ich habe noch einen ungeöffneten Sack Futter und möchte ihn zurückgeben.';
    const a = analyzeMessage(text);
    expect(a.language).toBe('de');
    expect(a.moods[0]?.label).toBe('grief');
    const grief = a.moods.find((m) => m.label === 'grief');
    expect(grief?.evidence.map((e) => e.text)).toContain('gestorben');
    for (const e of grief?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('flags "Sie befolgen unseren Prozess nicht!" as policy and blame', () => {
    const rules = checkDraft('Sie befolgen unseren Prozess nicht!').findings.map((f) => f.rule);
    expect(rules).toContain('policy');
    expect(rules).toContain('blame');
  });

  it('reads the threat to rally an Instagram community as public_threat', () => {
    const a = analyzeMessage('Ich habe 20.000 Follower auf Instagram und werde meine Community informieren');
    expect(a.moods.map((m) => m.label)).toContain('public_threat');
    expect(a.valence.label).toBe('negative');
  });

  it('does not flag "nicht zuständig" when the agent names who is responsible', () => {
    const rules = checkDraft(
      'Hallo Herr Nowak,\n\nfür Garantiefälle ist unsere Technik zuständig. Frau Pohl ruft Sie bis Mittwoch an.',
    ).findings;
    expect(rules.map((f) => f.rule)).not.toContain('not_responsible');
  });
});
