import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyRewrite, checkDraft, DRAFT_RULE_IDS } from '@/lib/tone';

// The frozen rewrite set (tests/eval/sets/README.md, "Rewrite set"): every case must hold.

const Case = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(['de', 'en']),
  customerName: z.string().min(1),
  rich: z.boolean(),
  text: z.string().min(1),
  rule: z.enum(DRAFT_RULE_IDS),
  expected: z.string().nullable(),
});

const FILE = join(import.meta.dirname, '..', '..', 'eval', 'sets', 'rewrites.jsonl');
const CASES = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => Case.parse(JSON.parse(line)));

describe('the frozen rewrite set', () => {
  it('has cases in both languages', () => {
    expect(CASES.filter((c) => c.lang === 'de').length).toBeGreaterThanOrEqual(15);
    expect(CASES.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const options = { language: c.lang, customerName: c.customerName, richText: c.rich };
    const finding = checkDraft(c.text, options).findings.find((f) => f.rule === c.rule);
    if (c.expected === null) {
      expect(finding).toBeUndefined();
      return;
    }
    expect(finding, `no ${c.rule} finding`).toBeDefined();
    const rewritten = applyRewrite(c.text, finding!, 0);
    expect(rewritten).toBe(c.expected);
    // The rewrite fixed what it was offered for.
    const after = checkDraft(rewritten, options).findings.filter((f) => f.rule === c.rule);
    expect(after.length).toBeLessThan(checkDraft(c.text, options).findings.filter((f) => f.rule === c.rule).length);
  });
});
