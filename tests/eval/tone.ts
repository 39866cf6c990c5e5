import { MOODS } from '../../lib/db/schema';
import { analyzeMessage, checkDraft, DRAFT_RULE_IDS } from '../../lib/tone/index';
import { DRAFTS } from '../fixtures/tone/drafts';
import { MESSAGES } from '../fixtures/tone/messages';
import { compareModes } from './compare';
import { evalTsv, fail } from './tsv';
import { confusion, type Counts, pct, prf, sum, table, tally, type ValenceLabel } from './metrics';
import { type Lang, loadDrafts, loadFeedback, loadFile, loadMessages, type Part, PARTS, SetDraftSchema } from './sets';

// Evaluates the tone engine (issues #6 and #14).
//   npm run eval:tone                       frozen sets dev and test (per language, mood,
//                                           channel and rule), then the old fixtures
//   npm run eval:tone -- --part dev         the development part only (for tuning)
//   npm run eval:tone -- --part dev --misses   also list the dev items read wrongly
//   npm run eval:tone -- --no-test          everything but the test parts (while tuning)
//   npm run eval:tone -- --input FILE.tsv   any TSV with `text` and `valence` columns
//   npm run eval:tone -- --drafts FILE.jsonl [--misses]   a further development set of drafts
//                                           (e.g. tests/eval/train/drafts.jsonl), per language
// Each part ends with one line per language for the rules alone, the model alone and the blend.
// The test parts (test, test2, test3) are scored only at the end and never listed item by item.

const COMPLETENESS = new Set(['missing_greeting', 'missing_name', 'no_next_step', 'placeholder']);
const LANGS: readonly Lang[] = ['de', 'en'];

interface Msg {
  id: string;
  lang: Lang;
  text: string;
  valence: ValenceLabel;
  moods: readonly string[];
}

function evalMessages(name: string, items: readonly Msg[], misses: boolean): void {
  console.log(`\n=== Customer messages: ${name} (${items.length}) ===`);
  const per = new Map<string, Counts>();
  const pairs: Array<[ValenceLabel, ValenceLabel]> = [];
  for (const m of items) {
    const a = analyzeMessage(m.text, { uiLanguage: m.lang });
    const found = new Set<string>(a.moods.map((x) => x.label));
    for (const mood of MOODS) tally(per, mood, m.moods.includes(mood), found.has(mood));
    pairs.push([m.valence, a.valence.label]);
    const wrong = MOODS.filter((mood) => m.moods.includes(mood) !== found.has(mood));
    if (misses && (wrong.length > 0 || m.valence !== a.valence.label))
      console.log(
        `  MISS ${m.id} valence ${m.valence}→${a.valence.label} (${a.valence.score}) moods want [${m.moods.join(',')}] got [${[...found].join(',')}]\n       ${m.text.replace(/\n/g, ' ⏎ ').slice(0, 300)}`,
      );
  }
  const macro = table('  moods', MOODS, per);
  const micro = prf(sum(per));
  const praise = prf(per.get('praise') ?? { tp: 0, fp: 0, fn: 0 });
  const urgency = prf(per.get('urgency') ?? { tp: 0, fp: 0, fn: 0 });
  console.log(
    `  moods macro-F1 ${pct(macro)}  micro P ${pct(micro.p)} R ${pct(micro.r)} F1 ${pct(micro.f)}  praise P ${pct(praise.p)}  urgency P ${pct(urgency.p)}`,
  );
  confusion(pairs);
}

function evalFeedback(name: string, items: ReturnType<typeof loadFeedback>, misses: boolean): void {
  for (const channel of ['tweet', 'review', 'feedback', 'all'] as const) {
    const rows = channel === 'all' ? items : items.filter((f) => f.channel === channel);
    if (rows.length === 0) continue;
    console.log(`\n--- Feedback valence: ${name}, ${channel} (${rows.length}) ---`);
    const pairs = rows.map((f) => {
      const a = analyzeMessage(f.text, { uiLanguage: f.lang });
      if (misses && channel !== 'all' && a.valence.label !== f.valence)
        console.log(
          `  MISS ${f.id} ${f.valence}→${a.valence.label} (${a.valence.score})  ${f.text.replace(/\n/g, ' ')}`,
        );
      return [f.valence, a.valence.label] as const;
    });
    confusion(pairs);
  }
}

interface Draft {
  id: string;
  lang: Lang;
  text: string;
  rules: readonly string[];
  customerMoods?: ReturnType<typeof loadDrafts>[number]['customerMoods'];
  customerName?: string;
}

function evalDrafts(name: string, items: readonly Draft[], misses: boolean): void {
  console.log(`\n=== Agent drafts: ${name} (${items.length}) ===`);
  const per = new Map<string, Counts>();
  const labels = [...new Set([...DRAFT_RULE_IDS, ...items.flatMap((d) => d.rules)])];
  let good = 0;
  let goodWarned = 0;
  for (const d of items) {
    const opts = {
      uiLanguage: 'en' as const,
      customerMoods: d.customerMoods ?? [],
      ...(d.customerName ? { customerName: d.customerName } : {}),
    };
    const found = new Set<string>(checkDraft(d.text, opts).findings.map((f) => f.rule));
    for (const rule of labels) tally(per, rule, d.rules.includes(rule), found.has(rule));
    if (d.rules.length === 0) {
      good++;
      if ([...found].some((r) => COMPLETENESS.has(r))) goodWarned++;
    }
    const wrong = labels.filter((r) => d.rules.includes(r) !== found.has(r));
    if (misses && wrong.length > 0)
      console.log(
        `  MISS ${d.id} want [${d.rules.join(',')}] got [${[...found].join(',')}]\n       ${d.text.replace(/\n/g, ' ⏎ ').slice(0, 400)}`,
      );
  }
  table('  draft rules', labels, per);
  const all = prf(sum(per));
  console.log(`  draft rules overall (micro): precision ${pct(all.p)}  recall ${pct(all.r)}  F1 ${pct(all.f)}`);
  console.log(
    `  completeness rules warn on ${goodWarned} of ${good} good drafts (${pct(goodWarned / Math.max(1, good))})`,
  );
}

function evalPart(part: Part, misses: boolean): void {
  const messages = loadMessages(part);
  const feedback = loadFeedback(part);
  const drafts = loadDrafts(part);
  for (const lang of LANGS) {
    const tag = `${part.toUpperCase()} ${lang}`;
    evalMessages(
      tag,
      messages.filter((m) => m.lang === lang),
      misses,
    );
    evalFeedback(
      tag,
      feedback.filter((f) => f.lang === lang),
      misses,
    );
    if (drafts.length > 0)
      evalDrafts(
        tag,
        drafts.filter((d) => d.lang === lang),
        misses,
      );
  }
}

function evalFixtures(): void {
  const msgs: Msg[] = MESSAGES.map((m) => ({ ...m }));
  evalMessages(
    'old fixtures, development',
    msgs.filter((_, i) => !MESSAGES[i]!.heldOut),
    false,
  );
  evalMessages(
    'old fixtures, held out',
    msgs.filter((_, i) => MESSAGES[i]!.heldOut),
    false,
  );
  const drafts: Draft[] = DRAFTS.map((d) => ({ ...d }));
  evalDrafts(
    'old fixtures, development',
    drafts.filter((_, i) => !DRAFTS[i]!.heldOut),
    false,
  );
  evalDrafts(
    'old fixtures, held out',
    drafts.filter((_, i) => DRAFTS[i]!.heldOut),
    false,
  );
}

const args = process.argv.slice(2);
const inputAt = args.indexOf('--input');
const draftsAt = args.indexOf('--drafts');
const partAt = args.indexOf('--part');
const misses = args.includes('--misses');
const noTest = args.includes('--no-test');
if (inputAt >= 0) {
  const file = args[inputAt + 1];
  if (!file) fail('--input needs a file name: npm run eval:tone -- --input FILE.tsv');
  evalTsv(file);
} else if (draftsAt >= 0) {
  const file = args[draftsAt + 1];
  if (!file) fail('--drafts needs a file name: npm run eval:tone -- --drafts FILE.jsonl');
  const drafts = loadFile(file, SetDraftSchema);
  for (const lang of LANGS)
    evalDrafts(
      `${file} ${lang}`,
      drafts.filter((d) => d.lang === lang),
      misses,
    );
} else {
  const only = partAt >= 0 ? args[partAt + 1] : undefined;
  if (only !== undefined && !PARTS.includes(only as Part))
    fail(`--part must be one of ${PARTS.join(', ')}, found "${only}"`);
  if (misses && only !== 'dev') fail('--misses lists items of the dev part only: add --part dev');
  if (noTest && only?.startsWith('test')) fail('--no-test and --part test contradict each other');
  for (const part of PARTS) {
    if ((only !== undefined && only !== part) || (noTest && part !== 'dev')) continue;
    evalPart(part, misses && part === 'dev');
    compareModes(part);
  }
  if (only === undefined) evalFixtures();
}
