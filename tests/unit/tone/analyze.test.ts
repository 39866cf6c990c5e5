import { describe, expect, it } from 'vitest';
import { analyzeMessage, detectLanguage } from '../../../lib/tone/index';

const labels = (text: string) => analyzeMessage(text).moods.map((m) => m.label);

describe('detectLanguage', () => {
  it('tells German from English, also without umlauts', () => {
    expect(detectLanguage('Ich moechte mein Konto kuendigen.', 'en')).toBe('de');
    expect(detectLanguage('Please cancel my subscription.', 'de')).toBe('en');
    expect(detectLanguage('Danke!', 'en')).toBe('de');
    expect(detectLanguage('Thanks!', 'de')).toBe('en');
  });
  it('falls back to the interface language when there is no evidence', () => {
    expect(detectLanguage('???', 'en')).toBe('en');
    expect(detectLanguage('Order 44721', 'de')).toBe('de');
  });
});

describe('analyzeMessage', () => {
  it('handles negation: "nicht zufrieden" is not praise, "not unhappy" is not negative', () => {
    expect(labels('Ich bin mit dem Service überhaupt nicht zufrieden.')).not.toContain('praise');
    expect(analyzeMessage('Ich bin mit dem Service überhaupt nicht zufrieden.').valence.label).toBe('negative');
    expect(analyzeMessage("I'm not unhappy with the product.").valence.label).not.toBe('negative');
  });
  it('recognises sarcasm and does not read it as praise', () => {
    for (const t of [
      'Great, just great. The replacement arrived broken too.',
      'Toll, wirklich ganz toll gemacht. Jetzt ist die Bestellung schon wieder storniert.',
    ]) {
      expect(labels(t)).toContain('sarcasm');
      expect(labels(t)).not.toContain('praise');
      expect(analyzeMessage(t).valence.label).toBe('negative');
    }
  });
  it('finds legal threats, cancellations and praise', () => {
    expect(labels('Wenn ich bis Freitag kein Geld zurück habe, schalte ich meinen Anwalt ein.')).toContain(
      'legal_threat',
    );
    expect(labels('Please cancel my subscription effective immediately.')).toContain('cancellation');
    expect(labels('Vielen Dank für die schnelle Hilfe!')).toContain('praise');
  });
  it('matches German written without umlauts', () => {
    expect(labels('Bin schwer enttaeuscht, keiner ruft zurueck.')).toContain('frustration');
  });
  it('capitals and "!!!" make anger stronger', () => {
    const calm = analyzeMessage('Das ist eine Frechheit.').moods.find((m) => m.label === 'anger')?.strength ?? 0;
    const loud = analyzeMessage('Das ist eine FRECHHEIT!!!').moods.find((m) => m.label === 'anger')?.strength ?? 0;
    expect(loud).toBeGreaterThan(calm);
  });
  it('sorts moods by strength and keeps the score in [-1, 1]', () => {
    const a = analyzeMessage('UNGLAUBLICH!!! Ich kündige und gehe zum Anwalt. Das poste ich auf Instagram.');
    const s = a.moods.map((m) => m.strength);
    expect([...s].sort((x, y) => y - x)).toEqual(s);
    expect(Math.abs(a.valence.score)).toBeLessThanOrEqual(1);
  });
  it('reads plain questions as neutral', () => {
    expect(analyzeMessage('Kann ich auch per Rechnung bezahlen?').valence.label).toBe('neutral');
    expect(analyzeMessage('Do you ship to Switzerland?').valence.label).toBe('neutral');
  });
});
