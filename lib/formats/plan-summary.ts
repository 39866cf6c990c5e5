import type { Plan, PlanItem } from './plan';

// What the dry run shows of a plan: everything but the records to write. A 100,000-entry
// plan's `writes` and `items` would cost the page a long structured clone for nothing it
// displays, so the worker sends only this.

export type PlanSummary = Pick<
  Plan,
  'format' | 'policy' | 'counts' | 'invalid' | 'conflicts' | 'notes' | 'settings' | 'warnings'
> & {
  /** The entries kept with a remark (e.g. an inactive Zendesk macro). */
  remarked: PlanItem[];
};

export function summarisePlan(plan: Plan): PlanSummary {
  const { format, policy, counts, invalid, conflicts, notes, settings, warnings } = plan;
  return {
    format,
    policy,
    counts,
    invalid,
    conflicts,
    notes,
    settings,
    warnings,
    remarked: plan.items.filter((i) => i.remarks.length > 0),
  };
}
