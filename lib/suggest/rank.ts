import type { Mood, Snippet } from '../db/schema';
import { STARTER_DAMPEN } from './hints';
import { termsOf } from './terms';
import { topicIndex } from './topic-index';

// Ranks the library for one ticket: topic (the customer's words against each snippet's
// title, tags and body), mood fit where a snippet has moods, the conversation's language and
// habit. A snippet made for a heavy mood the customer does not show (grief, legal, public,
// praise, cancellation) and whose topic the ticket does not touch clashes: it never ranks
// first, however well it scores otherwise.

export interface MoodWeight {
  label: Mood;
  strength: number;
}

export interface Calming {
  calmed: number;
  total: number;
}

export interface Ticket {
  language: 'de' | 'en';
  subject?: string;
  /** The customer's own words of now (greeting, signature and quotes set aside). */
  message: string;
  moods: readonly MoodWeight[];
}

export interface RankOptions {
  now?: number;
  limit?: number;
  /** Per snippet id, how often the customer's next message was calmer after it. */
  calming?: ReadonlyMap<string, Calming>;
  /** Inactive snippets are left out unless asked for. */
  includeInactive?: boolean;
}

export interface Ranked {
  snippet: Snippet;
  score: number;
  /** The ticket's words that matched, strongest first. */
  topics: string[];
  /** The customer's moods this snippet is made for, strongest first. */
  matched: Mood[];
  clash: boolean;
  /** Set when the calming record lifted it. */
  calms: boolean;
}

/** Heavy moods and the concept a ticket must touch for such a snippet to fit without the mood. */
const HEAVY: Partial<Record<Mood, string[]>> = {
  grief: ['#death'],
  legal_threat: ['#legal'],
  public_threat: ['#public', '#press', '#review'],
  praise: ['#praise'],
  cancellation: ['#cancel', '#deletion', '#subscription', '#newsletter'],
};

const HOSTILE: readonly Mood[] = ['anger', 'frustration', 'sarcasm', 'legal_threat', 'public_threat'];

const IMPLIED: Array<[string, Mood]> = [
  ['#press', 'public_threat'],
  ['#insult', 'anger'],
  ['#death', 'grief'],
  ['#legal', 'legal_threat'],
  ['#public', 'public_threat'],
];

/** A heavy mood decides more than an everyday one (frustration, urgency). */
const HEAVY_WEIGHT = 1.6;
/** How much a snippet's further fitting moods add to its best one. */
const MOOD_REST = 0.5;

const W = { topic: 1, mood: 0.55, habit: 0.04, recency: 0.03, calm: 0.08, clash: 0.6, noise: 0.5 };
const DAY = 86_400_000;

function variantRank(s: Snippet, language: 'de' | 'en'): number {
  return (s.language === language ? 0 : 2) + (s.tags.includes('du') ? 1 : 0);
}

export function rankForTicket(snippets: readonly Snippet[], ticket: Ticket, options: RankOptions = {}): Ranked[] {
  const index = topicIndex(snippets);
  const terms = termsOf(`${ticket.subject ?? ''}\n${ticket.message}`, ticket.language);
  const n = snippets.length;
  const topic = new Float64Array(n);
  const touched: number[] = [];
  const used: Array<{ surface: string; idf: number; doc: ArrayLike<number>; weight: number[] }> = [];
  for (const [term, surface] of terms) {
    const p = index.postings.get(term);
    if (!p) continue;
    const df = p.weight.length;
    if (df > n * 0.5 && n > 20) continue;
    const idf = Math.log(1 + n / df);
    used.push({ surface, idf, doc: p.doc, weight: p.weight });
    for (let k = 0; k < df; k++) {
      const d = p.doc[k]!;
      if (topic[d] === 0) touched.push(d);
      topic[d]! += idf * p.weight[k]!;
    }
  }
  const strength = new Map(ticket.moods.map((m) => [m.label, m.strength]));
  // Words the tone engine may not weigh as moods (an insult, a lawyer, a death) still are.
  for (const [concept, mood] of IMPLIED) if (terms.has(concept) && !strength.has(mood)) strength.set(mood, 0.5);
  // A journalist writes about other people's cases: the moods of the article's topic
  // (cancellation, anger) are not this writer's; going public is.
  if (terms.has('#press')) for (const m of [...strength.keys()]) if (m !== 'public_threat') strength.delete(m);
  // Praise words with no hostile mood read as praise even where the tone engine stayed unsure.
  if (terms.has('#praise') && !HOSTILE.some((m) => strength.has(m)) && !strength.has('praise'))
    strength.set('praise', 0.5);
  // Praise beside a complaint about repetition or waiting is ironic ("thanks for yet another
  // automated reply"): it asks for the sarcasm reply, never for thanks.
  const praise = strength.get('praise');
  if (praise !== undefined && (terms.has('#repeat') || terms.has('#reply') || strength.has('frustration'))) {
    strength.delete('praise');
    strength.set('sarcasm', Math.max(praise, strength.get('sarcasm') ?? 0));
  }
  // Snippets made for the customer's moods take part even when no word matches.
  for (const m of strength.keys()) {
    for (const d of index.byMood.get(m) ?? []) {
      if (topic[d] !== 0) continue;
      touched.push(d);
      topic[d] = 1e-9;
    }
  }
  let maxTopic = 0;
  for (const d of touched) {
    topic[d] = topic[d]! / (0.6 + 0.4 * Math.sqrt(index.length[d]! / Math.max(1, index.averageLength)));
    maxTopic = Math.max(maxTopic, topic[d]!);
  }
  const now = options.now ?? Date.now();
  // Scores first, as plain numbers; objects only for the few that can be shown.
  const score = new Float64Array(n);
  const live: number[] = [];
  for (const d of touched) {
    const snippet = snippets[d]!;
    if (snippet.language !== ticket.language && snippet.language !== 'any') continue;
    if (snippet.inactive && !options.includeInactive) continue;
    // The best-fitting mood counts in full, the others less: a snippet listing many moods
    // must not outrank one made for the customer's main mood.
    let best = 0;
    let rest = 0;
    for (const m of snippet.moods) {
      const fit = (strength.get(m) ?? 0) * (HEAVY[m] ? HEAVY_WEIGHT : 1);
      rest += Math.min(best, fit);
      best = Math.max(best, fit);
    }
    const moodFit = best + MOOD_REST * rest;
    const calm = options.calming?.get(snippet.id);
    const recent = snippet.lastUsedAt ? Math.exp(-(now - snippet.lastUsedAt) / (30 * DAY)) : 0;
    const dampen = snippet.variantGroup?.startsWith('starter:')
      ? (STARTER_DAMPEN[snippet.variantGroup.slice(8)] ?? 1)
      : 1;
    score[d] =
      dampen *
      (W.topic * (maxTopic > 0 ? topic[d]! / maxTopic : 0) +
        W.mood * Math.min(1.5, moodFit) +
        (W.habit * Math.log1p(snippet.useCount)) / Math.log(100) +
        W.recency * recent +
        calmBonus(calm) -
        (isClash(snippet.moods, strength, terms) ? W.clash : 0));
    live.push(d);
  }
  live.sort((x, y) => score[y]! - score[x]! || snippets[x]!.title.localeCompare(snippets[y]!.title));
  const limit = options.limit ?? 10;
  const groups = new Map<string, { r: Ranked; rank: number }>();
  for (const d of live) {
    if (groups.size >= limit + 20) break;
    const snippet = snippets[d]!;
    const group = snippet.variantGroup ?? snippet.id;
    const rank = variantRank(snippet, ticket.language);
    const seen = groups.get(group);
    if (seen && seen.rank <= rank) continue;
    const matched = snippet.moods.filter((m) => strength.has(m));
    matched.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0));
    const r: Ranked = {
      snippet,
      score: score[d]!,
      topics: topicsOf(d, used),
      matched,
      clash: isClash(snippet.moods, strength, terms),
      calms: calmBonus(options.calming?.get(snippet.id)) > 0,
    };
    // A variant keeps its group's place: the best-scored member decides the order.
    groups.set(group, { r: seen ? { ...r, score: seen.r.score } : r, rank });
  }
  const all = [...groups.values()].map((g) => g.r);
  all.sort((a, b) => b.score - a.score || a.snippet.title.localeCompare(b.snippet.title));
  const first = all.findIndex((r) => !r.clash);
  if (first > 0) all.unshift(...all.splice(first, 1));
  return all.slice(0, limit);
}

const calmBonus = (c: Calming | undefined) => (c && c.total >= 2 ? (c.calmed / c.total - 0.5) * W.calm : 0);

/** The ticket's words found in snippet `d`, strongest first (postings are in snippet order). */
function topicsOf(d: number, used: Array<{ surface: string; idf: number; doc: ArrayLike<number>; weight: number[] }>) {
  const found = new Map<string, { s: string; g: number }>();
  for (const u of used) {
    let lo = 0;
    let hi = u.doc.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = u.doc[mid]!;
      if (v === d) {
        const key = u.surface.toLowerCase();
        const g = u.idf * u.weight[mid]!;
        if ((found.get(key)?.g ?? 0) < g) found.set(key, { s: u.surface, g });
        break;
      }
      if (v < d) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return [...found.values()]
    .sort((a, b) => b.g - a.g)
    .slice(0, 3)
    .map((x) => x.s);
}

function isClash(moods: readonly Mood[], strength: Map<Mood, number>, terms: Map<string, string>): boolean {
  for (const m of moods) {
    const needs = HEAVY[m];
    if (!needs || strength.has(m)) continue;
    if (!needs.some((c) => terms.has(c))) return true;
  }
  // A grieving customer is met by grief templates only.
  if (strength.has('grief') && !moods.includes('grief')) return true;
  // A customer who praises and shows nothing hostile is not met by a reply to anger: praise
  // that names a colleague is no complaint about them.
  return (
    strength.has('praise') &&
    !HOSTILE.some((m) => strength.has(m)) &&
    moods.length > 0 &&
    moods.every((m) => HOSTILE.includes(m))
  );
}
