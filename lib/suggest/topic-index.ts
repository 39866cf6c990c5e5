import type { Mood, Snippet } from '../db/schema';
import { searchableBody } from '../search/fold';
import { STARTER_TEMPLATES } from '../starter/templates';
import { STARTER_HINTS } from './hints';
import { type Terms, termsOf } from './terms';

// The library as topic terms, built once per library array and kept while the array lives:
// a ticket's suggestions then only walk the posting lists of the ticket's own terms.

const FIELD_WEIGHT = { title: 3, tags: 2, situation: 2, body: 1 } as const;
/** A concept of the synonym table says more about the topic than any single word. */
const CONCEPT_BOOST = 1.5;
/**
 * Concepts that decide what kind of reply is due whatever the subject matter (a death, a
 * lawyer, the press, going public, an insult): a journalist asking about fees wants the press
 * office, not the fee template.
 */
const SITUATION_BOOST = 3.5;
const SITUATIONS = new Set(['#death', '#legal', '#press', '#public', '#insult', '#staff']);
/** The customer's own insult sets the tone of the reply, even when it is aimed at the staff. */
const INSULT_BOOST = 4.5;
const conceptWeight = (t: string) =>
  t === '#insult' ? INSULT_BOOST : SITUATIONS.has(t) ? SITUATION_BOOST : CONCEPT_BOOST;

// A starter template also carries the situation it was written for (the same in every variant).
const SITUATION = new Map(
  STARTER_TEMPLATES.map((t) => [`starter:${t.id}`, `${t.situation} ${STARTER_HINTS[t.id] ?? ''}`]),
);

export interface TopicIndex {
  snippets: readonly Snippet[];
  /** Per term, the snippets (by position) holding it and its weight there. */
  postings: Map<string, { doc: Int32Array | number[]; weight: number[] }>;
  byMood: Map<Mood, number[]>;
  /** Per snippet, how many distinct terms it has (a long body matches more by chance). */
  length: Float64Array;
  averageLength: number;
}

function snippetTerms(s: Snippet): Map<string, number> {
  const lang = s.language;
  const out = new Map<string, number>();
  const put = (terms: Terms, w: number) => {
    for (const t of terms.keys()) out.set(t, Math.max(out.get(t) ?? 0, t.startsWith('#') ? w * conceptWeight(t) : w));
  };
  put(termsOf(s.title, lang), FIELD_WEIGHT.title);
  put(termsOf(s.tags.join(' '), lang), FIELD_WEIGHT.tags);
  const situation = s.variantGroup ? SITUATION.get(s.variantGroup) : undefined;
  if (situation) put(termsOf(situation, 'en'), FIELD_WEIGHT.situation);
  put(termsOf(searchableBody(s.body, s.format), lang), FIELD_WEIGHT.body);
  return out;
}

const cache = new WeakMap<readonly Snippet[], TopicIndex>();

/**
 * Each snippet's terms, from the last build, by id. A library change makes a new array and so
 * a new index, but only the snippets whose words changed are read again (the stemming is most
 * of a build). An entry holds the strings it was computed from: equal strings, same terms.
 */
interface Known {
  title: string;
  body: string;
  tags: string;
  variantGroup: string | undefined;
  language: Snippet['language'];
  format: Snippet['format'];
  terms: Map<string, number>;
}
let known = new Map<string, Known>();

function termsCached(s: Snippet, next: Map<string, Known>): Map<string, number> {
  const tags = s.tags.join(' ');
  const k = known.get(s.id);
  const same =
    k &&
    k.title === s.title &&
    k.body === s.body &&
    k.tags === tags &&
    k.variantGroup === s.variantGroup &&
    k.language === s.language &&
    k.format === s.format;
  const terms = same ? k.terms : snippetTerms(s);
  // The new entry keeps this library's strings, so the old library's can be collected.
  next.set(s.id, {
    title: s.title,
    body: s.body,
    tags,
    variantGroup: s.variantGroup,
    language: s.language,
    format: s.format,
    terms,
  });
  return terms;
}

export function topicIndex(snippets: readonly Snippet[]): TopicIndex {
  const hit = cache.get(snippets);
  if (hit) return hit;
  const postings: TopicIndex['postings'] = new Map();
  const byMood: TopicIndex['byMood'] = new Map();
  const length = new Float64Array(snippets.length);
  let total = 0;
  // Only this library's snippets stay known: memory follows the library, not its history.
  const next = new Map<string, Known>();
  snippets.forEach((s, i) => {
    const terms = termsCached(s, next);
    length[i] = terms.size;
    total += terms.size;
    for (const [t, w] of terms) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { doc: [], weight: [] }));
      (p.doc as number[]).push(i);
      p.weight.push(w);
    }
    for (const m of s.moods) {
      const list = byMood.get(m) ?? [];
      list.push(i);
      byMood.set(m, list);
    }
  });
  known = next;
  const index = { snippets, postings, byMood, length, averageLength: total / Math.max(1, snippets.length) };
  cache.set(snippets, index);
  return index;
}
