import type { DraftRuleId, Severity, ToneLanguage } from '../types';

// Phrase rules of the draft check, written for Tonlage from the escalation wording listed in
// docs/platform.md ("Tone and wording"). This file: the shape of a rule, and the rules where
// the agent pushes the problem back at the customer (blame, "as I said", policy, "not my
// department", orders). Their other files: draft-rules-feelings.ts (how the customer's
// feelings are treated) and draft-rules-promises.ts (promises and reassurances). A pattern is a regex source for `rx` (so ä also
// matches ae), optionally with its own rewrites; otherwise the rule's rewrites apply.
// scope 'sentence': the finding covers the whole sentence and rewrites replace it, because
// blame or policy talk cannot be fixed by swapping one word. '' as a rewrite deletes the span.

export type DraftPattern = string | readonly [source: string, rewrites: readonly string[]];

export interface PhraseRule {
  id: DraftRuleId;
  severity: Severity;
  scope: 'phrase' | 'sentence';
  patterns: Record<ToneLanguage, readonly DraftPattern[]>;
  rewrites: Record<ToneLanguage, readonly string[]>;
  /** Skip a match when its sentence matches (e.g. "sonst …" is a condition, not a refusal). */
  exclude?: Partial<Record<ToneLanguage, string>>;
  /** Skip a match when the clause from the match on matches (e.g. "Sie müssen nicht …"). */
  excludeAfter?: Partial<Record<ToneLanguage, string>>;
  /** Only when the customer is grieving. */
  griefOnly?: readonly DraftPattern[];
}

export const DEFLECTING_RULES: readonly PhraseRule[] = [
  {
    id: 'blame',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bSie hätten\\b',
        '\\bSie haben (?:leider |wohl |offenbar |anscheinend )?(?:vergessen|versäumt|übersehen|nicht (?:richtig|genau)|die falsche|den falschen|das falsche|falsch)',
        '\\bhaben Sie (?:leider |wohl )?(?:vergessen|versäumt|übersehen)\\b',
        '\\b(?:Ihr(?:em)? (?:eigener? )?Fehler|Ihre (?:eigene )?Schuld|selbst schuld|liegt (?:an|bei) Ihnen)\\b',
        '\\bSie befolgen\\b[^.!?\\n]*\\bnicht\\b',
        '\\b(?:genauer|richtig|besser) (?:lesen|hinschauen|hinsehen)\\b',
        '\\bwenn Sie\\b[^.!?\\n]{0,60}\\b(?:gelesen|beachtet|befolgt) hätten\\b',
      ],
      en: [
        "\\byou should(?:'ve| have)\\b",
        '\\byou (?:failed|forgot|neglected) to\\b',
        '\\byou (?:entered|selected|chose|ordered|used|typed|picked) the wrong\\b',
        "\\b(?:your (?:own )?fault|your mistake|that's on you)\\b",
        "\\byou (?:did not|didn't) (?:read|follow|check|include)\\b",
        "\\b(?:you(?:'re| are) not|you aren't) following\\b",
        '\\b(?:clearly|plainly) (?:listed|stated|written|marked)\\b',
      ],
    },
    rewrites: {
      de: ['Da ist etwas schiefgelaufen – ich kümmere mich jetzt darum, dass es klappt.'],
      en: ["Something went wrong here, and I'll make sure we sort it out now."],
    },
  },
  {
    id: 'repetition',
    severity: 'warning',
    scope: 'phrase',
    patterns: {
      de: [
        '\\bwie (?:ich Ihnen )?(?:bereits|schon)(?: mehrfach| mehrmals)? (?:erwähnt|gesagt|geschrieben|mitgeteilt|erklärt|erläutert)(?: habe)?[,:]?\\s*',
        '\\bwie ich (?:Ihnen )?(?:bereits|schon) (?:mehrfach |mehrmals )?(?:schrieb|sagte|erwähnte|erklärte|mitteilte)[,:]?\\s*',
        '\\bich wiederhole (?:es )?(?:gern )?(?:noch einmal|nochmals)?[,:]?\\s*',
        '\\bzum (?:wiederholten|x-ten) Male?\\b',
      ],
      en: [
        '\\b(?:as|like) I (?:already |previously )?(?:said|mentioned|stated|explained|told you|wrote)(?: (?:before|earlier|previously))?(?: in my (?:last|previous) (?:email|message))?[,:]?\\s*',
        '\\bas (?:previously|already) (?:stated|mentioned|explained)[,:]?\\s*',
        '\\bas mentioned (?:before|earlier|previously)[,:]?\\s*',
        '\\bas (?:stated|mentioned|explained) in my (?:last|previous|earlier) (?:email|message|reply)[,:]?\\s*',
        '\\bI repeat[,:]?\\s*',
      ],
    },
    rewrites: { de: ['', 'Kurz zusammengefasst: '], en: ['', 'To sum up: '] },
  },
  {
    id: 'policy',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\b(?:das|dies) ist (?:nun mal |eben |halt )?(?:unsere|die) (?:Richtlinie|Regel|Vorgabe|Firmenpolitik)\\b',
        '\\b(?:gemäß|laut|nach) (?:unseren|unserer) (?:Richtlinien?|Vorgaben|Vorschriften|Firmenpolitik)\\b',
        '\\bunser(?:en|em)? (?:Prozess|Ablauf|Vorgaben|Vorschriften|Richtlinien)\\b',
        '\\bdas machen wir (?:grundsätzlich )?(?:so )?nicht\\b',
        '\\bso sind (?:nun mal |eben |halt )?die Regeln\\b|\\bRegeln sind Regeln\\b|\\bVorschrift ist Vorschrift\\b',
      ],
      en: [
        "\\b(?:that's|that is|it's|it is) (?:just |simply )?(?:our|the|company) (?:policy|rule|procedure)\\b",
        '\\b(?:against|per|under) (?:our |company )?(?:company )?policy\\b',
        "\\bour (?:process|procedure)\\b|\\brules are rules\\b|\\bwe (?:don't|do not) do that\\b|\\bI don't make the rules\\b",
      ],
    },
    rewrites: {
      de: ['Ich erkläre Ihnen gern, warum das so geregelt ist, und was ich stattdessen für Sie tun kann.'],
      en: ['Let me explain why it works this way and what I can do for you instead.'],
    },
  },
  {
    id: 'not_responsible',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bnicht (?:mehr )?zuständig\\b',
        '\\bnicht (?:meine|unsere) (?:Abteilung|Aufgabe|Zuständigkeit|Verantwortung)\\b',
        '\\bnicht verantwortlich\\b|\\bliegt nicht in unserer Hand\\b',
        '\\bkann ich (?:da |hier )?(?:leider )?nichts (?:machen|tun)\\b',
      ],
      en: [
        '\\bnot (?:my|our) (?:department|responsibility|problem|job)\\b',
        "\\b(?:we are|we're|i am|i'm) not responsible\\b",
        '\\b(?:out of|not in) our hands\\b|\\bnothing I can do\\b|\\btake it up with\\b',
      ],
    },
    rewrites: {
      de: [
        'Darum kümmern sich unsere Kolleginnen und Kollegen – ich leite Ihr Anliegen direkt weiter und sage Ihnen, wann Sie von ihnen hören.',
      ],
      en: ["I'm passing this on to the right team now and will let you know when you'll hear from them."],
    },
    exclude: { de: '\\b(?:sonst|andernfalls)\\b', en: '\\b(?:otherwise|or else)\\b' },
  },
  {
    id: 'command',
    severity: 'info',
    scope: 'phrase',
    patterns: {
      de: [
        ['\\b(?:da |dann |dazu |dafür |das )?müssen Sie\\b', ['könnten Sie']],
        ['\\bSie müssen\\b', ['Könnten Sie']],
        ['\\bdu musst\\b|\\bmusst du\\b', ['kannst du']],
      ],
      en: [
        ["\\byou(?:'ll| will)? (?:simply |just |only |first )?(?:have|need) to\\b", ['could you please']],
        ["\\byou must\\b|\\byou(?:'ve| have) got to\\b", ['please']],
      ],
    },
    rewrites: { de: ['könnten Sie'], en: ['could you please'] },
    excludeAfter: { de: '\\b(?:nicht|nichts)\\b', en: '\\b(?:not|nothing)\\b' },
    // "there's nothing (more) you need to do" frees the customer of a task.
    exclude: {
      de: '\\bnichts\\b[^.!?\\n]{0,25}\\bmüssen Sie\\b',
      en: "\\bnothing\\b[^.!?\\n]{0,25}\\byou(?:'ll| will)? (?:need|have) to\\b",
    },
  },
];
