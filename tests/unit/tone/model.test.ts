import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOODS } from '@/lib/db/schema';
import { analyze, ownWords } from '@/lib/tone/analyze';
import { BUCKETS, flatten, hashFeatures } from '@/lib/tone/hash-features';
import { OUTPUTS, predict, setModel } from '@/lib/tone/model';
import { tokenizeWords } from '@/lib/tone/text';
import { loadTraining } from '../../eval/train-data';
import { DEFAULTS, train } from '../../eval/trainer';

// The learned part of the tone engine (issue #14): its data file, its features, its training.

const MODEL_FILE = new URL('../../../lib/tone/data/model-tone.ts', import.meta.url);
const features = (text: string, lang: 'de' | 'en' = 'de') => {
  const own = ownWords(text).text;
  const f = hashFeatures(own, tokenizeWords(own), lang);
  return { ...flatten(f), symbols: f.symbols };
};

describe('tone model', () => {
  it('ships as a compact data file that the engine validates', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThan(400_000);
    expect(() => setModel(undefined)).not.toThrow();
    expect(() => setModel({ version: 1, bits: 14, outputs: OUTPUTS, bias: [], scale: [], weights: '' })).toThrow();
    setModel(undefined);
    const text = 'Das Paket ist kaputt angekommen.';
    const p = predict(hashFeatures(text, tokenizeWords(text), 'de'));
    expect(p.valence.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    for (const mood of MOODS) expect(p.moods[mood]).toBeGreaterThanOrEqual(0);
  });

  it('hashes words, pairs, character n-grams, negation and emoji into the table', () => {
    const f = features('Nicht gut :( 😡');
    expect(f.ids.every((id) => Number.isInteger(id) && id >= 0 && id < BUCKETS)).toBe(true);
    expect(f.symbols.map((s) => 'Nicht gut :( 😡'.slice(s.start, s.end))).toEqual([':(', '😡']);
    // "gut" after "nicht" is another feature than "gut" alone; its character n-grams are shared.
    const plain = new Set(features('Gut :( 😡').ids);
    expect(f.ids.filter((id) => !plain.has(id)).length).toBeGreaterThan(0);
    expect(features('Die Zugverspätungen nerven').ids).toEqual(features('Die Zugverspätungen nerven').ids);
  });

  it('reads no feature from a greeting, a sign-off or quoted history', () => {
    const core = 'Die Lieferung ist seit drei Wochen überfällig und niemand antwortet.';
    const dressed = `Hallo zusammen,\n\n${core}\n\nViele Grüße\nAnna Berg\n\n> Am 3. Mai schrieb Kundenservice:\n> Vielen Dank, wir lieben unsere Kunden!`;
    expect([...features(dressed).ids].sort()).toEqual([...features(core).ids].sort());
  });

  it('trains deterministically: the same data and seed give the same weights', () => {
    const sample = loadTraining().slice(0, 120);
    const options = { ...DEFAULTS, epochs: 3 };
    const a = train(sample, options);
    expect(train(sample, options).weights).toBe(a.weights);
    expect(train(sample, { ...options, seed: 8 }).weights).not.toBe(a.weights);
  });

  it('never trains on the frozen evaluation sets', () => {
    const texts = new Set(loadTraining().map((e) => e.text.trim()));
    for (const part of ['dev', 'test', 'test2'])
      for (const file of ['messages', 'feedback'])
        for (const line of readFileSync(new URL(`../../eval/sets/${part}/${file}.jsonl`, import.meta.url), 'utf8')
          .split('\n')
          .filter(Boolean))
          expect(texts.has((JSON.parse(line) as { text: string }).text.trim())).toBe(false);
  });

  it('explains a mood or valence it adds by words of the message itself', () => {
    for (const mode of ['model', 'blend'] as const) {
      const text = 'Hallo,\n\nich hab echt keinen Bock mehr auf euch, seit Wochen nur Ausreden.\n\nGruß\nTim';
      const a = analyze(text, { language: 'de' }, mode);
      const asides = a.setAside;
      const fromModel = [...a.moods.filter((m) => m.source === 'wording'), ...(a.valence.source ? [a.valence] : [])];
      for (const found of fromModel)
        for (const e of found.evidence ?? []) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(asides.some((s) => e.start < s.end && e.end > s.start)).toBe(false);
        }
      if (mode === 'model') expect(fromModel.length).toBeGreaterThan(0);
    }
  });
});
