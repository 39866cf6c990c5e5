import { describe, expect, it } from 'vitest';
import { MOODS } from '../../../lib/db/schema';
import { DRAFT_RULE_IDS } from '../../../lib/tone/index';
import { DRAFTS } from '../../fixtures/tone/drafts';
import { MESSAGES } from '../../fixtures/tone/messages';

// Guards the labelled fixtures that `npm run eval:tone` reports on.
describe('tone fixtures', () => {
  it('have enough messages per label and a held-out quarter', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(200);
    for (const mood of MOODS) expect(MESSAGES.filter((m) => m.moods.includes(mood)).length).toBeGreaterThanOrEqual(12);
    const held = MESSAGES.filter((m) => m.heldOut).length / MESSAGES.length;
    expect(held).toBeGreaterThan(0.2);
  });
  it('label drafts only with known rule ids', () => {
    expect(DRAFTS.length).toBeGreaterThanOrEqual(150);
    const known = new Set<string>(DRAFT_RULE_IDS);
    for (const d of DRAFTS) for (const r of d.rules) expect(known.has(r), `${d.id}: ${r}`).toBe(true);
  });
});
