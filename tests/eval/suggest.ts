import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Snippet } from '../../lib/db/schema';
import { STARTER_SNIPPETS, templateOf } from '../fixtures/starter-snippets';
import { rankForTicket } from '../../lib/suggest/rank';
import { readTicket } from '../../lib/suggest/customer';

// Evaluates the suggestions (issue #15) on the frozen ticket sets, with the starter library
// as the agent's library: top-1 and top-3 acceptable, clashing top-1, per language.
//   npm run eval:suggest              the dev part (for tuning)
//   npm run eval:suggest -- --test    the frozen test part (score once, at the end)
//   npm run eval:suggest -- --test3   the third frozen part, written later (score once, at the end)
//   npm run eval:suggest -- --misses  also list the dev tickets whose first suggestion misses

const Ticket = z.object({
  id: z.string(),
  lang: z.enum(['de', 'en']),
  subject: z.string(),
  message: z.string(),
  acceptable: z.array(z.string()).min(1),
  clashing: z.array(z.string()),
});

const args = process.argv.slice(2);
const part = args.includes('--test3') ? 'test3' : args.includes('--test') ? 'test' : 'dev';
const tickets = readFileSync(new URL(`sets/${part}/tickets.jsonl`, import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => Ticket.parse(JSON.parse(l)));

// Phrases are listed apart in the panel; the first template suggestion is what is scored.
const library: Snippet[] = STARTER_SNIPPETS.filter((s) => !s.tags.includes('phrase'));
const templateId = (s: Snippet) => templateOf(s)!;

const pct = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(1)} %`.padStart(8);
const rows: Array<{ lang: string; top1: number; top3: number; clash: number; n: number }> = [];
for (const lang of ['de', 'en', 'all'] as const) {
  const items = tickets.filter((t) => lang === 'all' || t.lang === lang);
  const row = { lang, top1: 0, top3: 0, clash: 0, n: items.length };
  for (const t of items) {
    const ticket = readTicket({ subject: t.subject, text: t.message, language: t.lang });
    const ranked = rankForTicket(library, ticket, { limit: 3 }).map((r) => templateId(r.snippet));
    const hit1 = t.acceptable.includes(ranked[0] ?? '');
    if (hit1) row.top1++;
    if (ranked.some((id) => t.acceptable.includes(id))) row.top3++;
    if (t.clashing.includes(ranked[0] ?? '')) {
      row.clash++;
      if (args.includes('--misses') && lang !== 'all') console.log(`CLASH ${t.id}: ${ranked[0]}`);
    }
    if (!hit1 && lang !== 'all' && part === 'dev' && args.includes('--misses')) {
      const moods = ticket.moods.map((m) => m.label).join(',');
      console.log(`${t.id} want ${t.acceptable.join('|')} got ${ranked.join(', ')} [${moods}]`);
    }
  }
  rows.push(row);
}
console.log(`\nSuggestions on the ${part} tickets (starter library)\n  lang      n    top-1    top-3  clashing top-1`);
for (const r of rows)
  console.log(
    `  ${r.lang.padEnd(4)} ${String(r.n).padStart(6)} ${pct(r.top1, r.n)} ${pct(r.top3, r.n)} ${String(r.clash).padStart(8)}`,
  );
console.log('  targets: top-1 >= 90 %, top-3 >= 98 %, clashing top-1 = 0');
