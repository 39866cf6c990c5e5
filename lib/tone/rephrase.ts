import { sentenceAt } from './text';
import type { Rewrite, Span, ToneLanguage } from './types';

// Deleting words so the sentence stays a sentence (issue #19). German puts the finite verb
// second: once a fronted phrase ("Wie schon gesagt, ist das Paket …") goes, the verb comes
// first, so the subject moves in front of it ("Das Paket ist …").

const FINITE = new Set(
  (
    'ist sind war waren wäre wären hat haben hatte hatten hätte hätten habe wird werden wurde wurden würde würden ' +
    'kann können konnte konnten könnte könnten muss müssen musste mussten müsste müssten soll sollen sollte sollten ' +
    'darf dürfen durfte will wollen wollte möchte möchten bin bist gibt gab geht gehen ging kommt kommen kam ' +
    'liegt liegen lag steht stehen stand läuft laufen bleibt bleiben erhalten erhält bekommen bekommt finden findet ' +
    'folgt folgen gilt gelten braucht brauchen benötigen benötigt dauert dauern lässt lassen sieht sehen weiß wissen'
  ).split(' '),
);
// Words that open a clause without being its verb: "dass wir …" must stay as it is.
const NOT_A_VERB = new Set(
  'dass ob weil wenn als da denn und oder aber sondern so wie was wo damit bevor nachdem obwohl sobald falls bis'.split(
    ' ',
  ),
);
const PRONOUN = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'Sie', 'man']);
const DETERMINER =
  /^(?:der|die|das|den|dem|des|ein|eine[mnrs]?|ihre?[mnrs]?|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|dein(?:e[mnrs]?)?|dies(?:e[mnrs]?)?|jede[mnrs]?|kein(?:e[mnrs]?)?|alle)$/iu;
const NOUN = /^\p{Lu}[\p{L}-]*$/u;
const LOWER = /^\p{Ll}[\p{L}-]*$/u;

const capitalise = (s: string) => s.replace(/^(\P{L}*)(\p{Ll})/u, (_m, p: string, c: string) => p + c.toUpperCase());

/** The subject's word count at `words[i]` (0: none found). */
function subjectLength(words: readonly string[], i: number): number {
  const w = words[i] ?? '';
  if (PRONOUN.has(w)) return 1;
  if (DETERMINER.test(w)) {
    let j = i + 1;
    while (j < i + 4 && LOWER.test(words[j] ?? '') && !DETERMINER.test(words[j] ?? '')) j++;
    if (NOUN.test(words[j] ?? '')) return j - i + (NOUN.test(words[j + 1] ?? '') ? 2 : 1);
    return /^(?:das|dies)$/iu.test(w) ? 1 : 0;
  }
  if (!NOUN.test(w)) return 0;
  let j = i;
  while (j < i + 3 && NOUN.test(words[j] ?? '')) j++;
  return j - i;
}

/** "ist das Paket unterwegs." → "das Paket ist unterwegs."; anything else unchanged. */
export function verbSecond(clause: string): string {
  const words = clause.split(' ');
  const verb = words[0] ?? '';
  if (!LOWER.test(verb) || NOT_A_VERB.has(verb) || !(FINITE.has(verb) || PRONOUN.has(words[1] ?? ''))) return clause;
  // Up to two adverbs may stand between verb and subject: "ist heute das Paket angekommen".
  for (let skip = 1; skip <= 3; skip++) {
    const length = subjectLength(words, skip);
    if (length > 0) {
      const subject = words.slice(skip, skip + length);
      return [...subject, verb, ...words.slice(1, skip), ...words.slice(skip + length)].join(' ');
    }
    if (!LOWER.test(words[skip] ?? '') || DETERMINER.test(words[skip] ?? '')) break;
  }
  return clause;
}

/**
 * Removes `span` and rewrites its sentence around the gap (commas, capital, word order);
 * `leadIn` ("Kurz zusammengefasst: ") replaces a phrase that opened the sentence.
 */
export function deletion(text: string, span: Span, lang: ToneLanguage, leadIn = ''): Rewrite | null {
  const s = sentenceAt(text, span.start);
  const removed = text.slice(span.start, span.end);
  let head = text.slice(s.start, span.start);
  let tail = text.slice(span.end, s.end);
  let sentence: string;
  if (!head.trim()) {
    tail = tail.replace(/^[\s,;:]+/u, '');
    sentence = lang === 'de' ? verbSecond(tail) : tail;
    if (leadIn) sentence = leadIn + capitalise(sentence);
    else if (/^\p{Lu}/u.test(removed)) sentence = capitalise(sentence);
    sentence = head + sentence;
  } else if (lang === 'de' && /,\s*$/u.test(head) && verbSecond(tail) !== tail) {
    // "Hallo Frau Hoffmann, wie schon gesagt, ist das Paket …": after the comma a main clause
    // began with the phrase; without it, that clause needs its verb second.
    if (leadIn) return null;
    sentence = head.replace(/,\s*$/u, ', ') + verbSecond(tail);
  } else {
    if (leadIn) return null;
    if (!tail.trim() || /^\s*[.!?,;:]/u.test(tail)) {
      head = head.replace(/[\s,;:]+$/u, '');
      tail = tail.trimStart();
    } else if (/,\s*$/u.test(removed) && /,\s*$/u.test(head)) {
      // One comma of the pair goes; German keeps the one before a subordinate clause ("…, dass").
      const subordinate = lang === 'de' && NOT_A_VERB.has(tail.trimStart().split(/\s/u)[0] ?? '');
      head = subordinate ? head.replace(/,\s*$/u, ', ') : head.replace(/,\s*$/u, ' ');
    }
    if (/\s$/u.test(head)) tail = tail.trimStart();
    else if (tail && !/^[\s.!?,;:]/u.test(tail)) head += ' ';
    sentence = head + tail;
  }
  return { kind: 'replace', span: { start: s.start, end: s.end }, text: sentence };
}
