// The placeholder names a template may use: our own names and Zendesk's as aliases.

export const VARIABLES = [
  'customer.first_name',
  'customer.last_name',
  'customer.name',
  'customer.email',
  'agent.first_name',
  'agent.name',
  'ticket.id',
  'ticket.subject',
] as const;
export type Variable = (typeof VARIABLES)[number];

/** Zendesk's placeholder names (and a few spellings agents use) mapped to ours. */
export const ALIASES: Readonly<Record<string, Variable>> = {
  'ticket.requester.first_name': 'customer.first_name',
  'ticket.requester.last_name': 'customer.last_name',
  'ticket.requester.name': 'customer.name',
  'ticket.requester.email': 'customer.email',
  'current_user.first_name': 'agent.first_name',
  'current_user.name': 'agent.name',
  'ticket.title': 'ticket.subject',
  'customer.firstname': 'customer.first_name',
  'customer.lastname': 'customer.last_name',
  'agent.firstname': 'agent.first_name',
};

const BY_NAME = new Map<string, Variable>([...VARIABLES.map((v) => [v, v] as const), ...Object.entries(ALIASES)]);

/** Our name for a placeholder name as written (any case), or undefined if unknown. */
export function resolveVariable(name: string): Variable | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
export function suggestName(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(lower.length / 4)) + 1;
  for (const known of BY_NAME.keys()) {
    const d = distance(lower, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance; names are short. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 99;
}
