import type { Mood, Snippet, SnippetLanguage } from '../db/schema';
import { languageEvidence } from '../tone/language';
import { mayMatch, requirement, textKeys } from '../tone/prefilter';
import { rx, tokenizeWords } from '../tone/text';

// Issue #15: every snippet takes part in suggestions, also the imported ones that come with
// language "any" and no moods (Zendesk macros, Espanso, CSV). On import and on save we infer
// both from the text unless the agent set them, and mark them as inferred so the editor can
// show them as such.
//
// A snippet is a reply, so the cues are the reply's own moves, not the customer's words: a
// condolence suits grief, an apology for a delay suits frustration, "wir bestätigen Ihre
// Kündigung" suits cancellation. The cues were written from the situations in the seeds;
// tests/unit/suggest/infer.test.ts checks them against the starter library's hand-set moods.

type Cue = readonly [source: string, weight: number];

const CUES: Record<Mood, readonly Cue[]> = {
  grief: [
    [
      '\\b(?:beileid|anteilnahme|trauer\\w*|verlust\\w*|verstorben\\w*|gestorben|tod des|tod ihre\\w*|eingeschläfert)\\b',
      1,
    ],
    [
      '\\b(?:condolences?|sorry for your loss|loss of|passed away|passing of|bereave\\w*|grief|grieving|put to sleep|died|deceased|death of|your late)\\b',
      1,
    ],
  ],
  anger: [
    [
      '\\b(?:ihr|dein|ihren|deinen) ärger\\b|\\bverärger\\w*|\\b(?:sie|du) (?:sind|bist) (?:zu recht )?(?:wütend|sauer|verärgert)',
      0.8,
    ],
    ['\\b(?:angry|anger|furious|upset|outraged)\\b', 0.7],
    ['\\bdas hätte (?:nicht|nie) passieren dürfen\\b|\\bshould never have happened\\b', 0.6],
  ],
  frustration: [
    [
      '\\b(?:entschuldig\\w*|tut (?:mir|uns) (?:sehr |wirklich )?leid|enttäusch\\w*|verzögerung\\w*|wartezeit\\w*|warten mussten?)\\b',
      0.6,
    ],
    ['\\b(?:apologi[sz]e\\w*|sorry|disappoint\\w*|delay\\w*|waited|waiting|inconvenience|let (?:you|down))\\b', 0.6],
    ['\\b(?:erneut|schon wieder|noch immer|immer noch|mehrfach)\\b|\\b(?:again|still not|several times)\\b', 0.5],
  ],
  public_threat: [
    [
      '\\b(?:social media|instagram|facebook|tiktok|twitter|youtube|community|follower\\w*|öffentlich\\w*|bewertung\\w*|rezension\\w*)\\b',
      0.7,
    ],
    ['\\b(?:publicly|public post|review\\w*|rating\\w*|post(?:ed)? about)\\b', 0.6],
  ],
  cancellation: [
    ['\\b(?:kündig\\w*|storn\\w*|widerruf\\w*|vertragsende|abo beend\\w*|mitgliedschaft beend\\w*)\\b', 0.8],
    ['\\b(?:cancel\\w*|terminat\\w*|unsubscrib\\w*|end (?:your|the) (?:subscription|contract|membership))\\b', 0.8],
  ],
  legal_threat: [
    [
      '\\b(?:anwalt\\w*|anwält\\w*|rechtsabteilung|rechtlich\\w*|klage\\w*|gericht\\w*|verbraucherzentrale|schlichtung\\w*)\\b',
      0.8,
    ],
    ['\\b(?:lawyer\\w*|attorney\\w*|legal|lawsuit|court|solicitor\\w*|ombudsman|small claims)\\b', 0.8],
  ],
  urgency: [
    ['\\b(?:sofort|umgehend|noch heute|dringend\\w*|schnellstmöglich)\\b', 0.7],
    ['\\b(?:urgent\\w*|immediately|right away|as soon as possible|expedite\\w*|asap)\\b', 0.7],
  ],
  confusion: [
    ['\\b(?:schritt für schritt|so geht es|anleitung|erklär\\w*|missverständ\\w*|unklar\\w*|verwirr\\w*)\\b', 0.7],
    ['\\b(?:step by step|here is how|instructions?|explain\\w*|misunderstand\\w*|unclear|confus\\w*)\\b', 0.7],
    ['^\\s*(?:1\\.|schritt 1|step 1)', 0.5],
  ],
  praise: [
    ['\\b(?:ihr lob|dein lob|freundlichen worte|nette\\w* worte|schön zu hören)\\b', 0.9],
    ['\\b(?:kind words|lovely to hear|great to hear|your feedback made)\\b', 0.9],
  ],
  sarcasm: [],
};

interface CompiledCue {
  re: RegExp;
  weight: number;
  /** Word beginnings one of which any match needs (lib/tone/prefilter.ts); null: always run. */
  need: readonly string[] | null;
}

// An import infers moods for every entry, so most cue regexes must not run at all: the
// text is reduced once to its word beginnings and a cue runs only where it could match
// (10,000 imported snippets spent a second in these regexes otherwise, issue #20).
const COMPILED = Object.entries(CUES).map(
  ([mood, cues]) =>
    [
      mood as Mood,
      cues.map(([s, weight]): CompiledCue => ({ re: rx(s, 'gim'), weight, need: requirement(s) })),
    ] as const,
);

/** Cue weight a mood needs before we say a snippet suits it. */
const MOOD_THRESHOLD = 0.6;
/** At most this many inferred moods: a template that suits everything suits nothing. */
const MAX_MOODS = 3;
/** Function-word evidence a language needs, and its lead over the other one. */
const MIN_EVIDENCE = 3;

function plain(s: Pick<Snippet, 'title' | 'body' | 'format'>): string {
  const body = s.format === 'html' ? s.body.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ') : s.body;
  // Placeholders are not words of the reply.
  return `${s.title}\n${body}`.replace(/\{\{[^}]*\}\}/g, ' ').slice(0, 20_000);
}

export function inferLanguage(text: string, tokens = tokenizeWords(text)): SnippetLanguage {
  const { de, en } = languageEvidence(text, tokens);
  if (de >= MIN_EVIDENCE && de >= 2 * en) return 'de';
  if (en >= MIN_EVIDENCE && en >= 2 * de) return 'en';
  return 'any';
}

export function inferMoods(text: string, tokens = tokenizeWords(text)): Mood[] {
  const keys = textKeys(tokens);
  const scored: Array<[Mood, number]> = [];
  for (const [mood, cues] of COMPILED) {
    let score = 0;
    for (const { re, weight, need } of cues) {
      if (!mayMatch(need, keys)) continue;
      re.lastIndex = 0;
      if (re.test(text)) score += weight;
    }
    if (score >= MOOD_THRESHOLD) scored.push([mood, score]);
  }
  return scored
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_MOODS)
    .map(([m]) => m);
}

type Facets = Pick<Snippet, 'title' | 'body' | 'format' | 'language' | 'moods' | 'inferred'>;

/**
 * Fills in language and moods the agent left open ("any", none), marking them as inferred
 * (`inferred.language: true`). A mark `false` means the agent chose the value in the editor,
 * even "any" or no moods, and it is never touched. A value inferred earlier is inferred again
 * from the current text, so an edited body does not keep a stale guess.
 */
export function withInferredFacets<T extends Facets>(s: T): T {
  const text = plain(s);
  // Tokenised once, lazily: a snippet whose language and moods the agent set needs none.
  let tokens: ReturnType<typeof tokenizeWords> | undefined;
  const words = () => (tokens ??= tokenizeWords(text));
  const marks: NonNullable<Snippet['inferred']> = { ...s.inferred };
  let { language, moods } = s;
  if (marks.language === true || (marks.language === undefined && language === 'any')) {
    language = inferLanguage(text, words());
    if (language === 'any') delete marks.language;
    else marks.language = true;
  }
  if (marks.moods === true || (marks.moods === undefined && moods.length === 0)) {
    moods = inferMoods(text, words());
    if (moods.length === 0) delete marks.moods;
    else marks.moods = true;
  }
  // Assigned in place, so a stored record keeps its key order (exports stay byte-identical).
  const out: T = { ...s, language, moods };
  if (Object.keys(marks).length > 0) out.inferred = marks;
  else delete out.inferred;
  return out;
}
