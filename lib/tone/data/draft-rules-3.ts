import type { PhraseRule } from './draft-rules';

// Draft rules for what agents really write (issue #14): passive aggression, "if you had read",
// condescension, coldness to a grieving customer, and blame, commands and policy talk in the
// forms the first tables missed (polite Konjunktiv blame, "because you obviously …").

export const PHRASE_RULES_3: readonly PhraseRule[] = [
  {
    id: 'passive_aggressive',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bschön, dass Sie sich\\b[^.!?\\n]{0,40}\\b(?:auch mal|endlich|doch noch|wieder)\\b',
        '\\b(?:nett|freundlich), dass Sie sich\\b[^.!?\\n]{0,40}\\b(?:auch mal|endlich|doch noch)\\b',
        '\\bvielleicht (?:klappt es ja|schaffen Sie es)\\b[^.!?\\n]{0,30}\\b(?:dieses|diesmal|dieses Mal|jetzt)\\b',
        '\\b(?:wie|um die) wir (?:Sie )?(?:bereits )?mehrfach gebeten hatten\\b',
        '\\bich verstehe, dass Sie (?:sehr )?beschäftigt sind\\b',
        '\\bfalls Sie (?:unsere|meine) (?:E-?Mails?|Nachrichten) (?:überhaupt |denn )?lesen\\b',
      ],
      en: [
        '\\b(?:nice|good|kind) of you to (?:finally |eventually )?(?:get back|reply|respond|write)\\b',
        '\\bthanks? (?:you )?for finally\\b',
        "\\bperhaps (?:this time )?you could (?:manage|find the time)\\b|\\bmaybe this time you(?:'ll| will| could)\\b",
        "\\bI understand you(?:'re| are) (?:very )?busy\\b",
        '\\b(?:which|that) we (?:have )?asked for (?:several|many|multiple) times\\b',
        '\\bif you (?:even |actually )?read (?:our|my) (?:emails?|messages?)\\b',
      ],
    },
    rewrites: {
      de: ['Danke für Ihre Nachricht.'],
      en: ['Thank you for your message.'],
    },
  },
  {
    id: 'if_you_had_read',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bhätten Sie (?:die |unsere |den |das )?(?:Anleitung|FAQ|Bedingungen|AGB|Beschreibung|Hinweise?|Mail|E-Mail|Seite)\\w* (?:\\w+ )?(?:gelesen|angeschaut|beachtet)\\b',
        '\\bwenn Sie (?:dort |da |das |die \\w+ )?(?:einmal |mal |genau )?(?:nachgeschaut|nachgelesen|gelesen|hineingeschaut) hätten\\b',
        '\\b(?:steht|stand) (?:eigentlich |doch |ja )?(?:alles |klar )?(?:in|auf) (?:unseren|der|den|unserer) (?:FAQ|Anleitung|Website|Webseite|Hilfeseiten|AGB)\\b',
        '\\bhätten Sie (?:auch )?selbst (?:finden|nachlesen|sehen) können\\b',
      ],
      en: [
        '\\bif you had (?:read|checked|looked at)\\b',
        '\\bhad you (?:read|checked|taken a look|looked)\\b',
        '\\byou could have (?:found|read|seen|looked) (?:this|that|it) (?:up )?yourself\\b',
        "\\b(?:this is|it is|it's) (?:all )?(?:clearly )?(?:explained|stated|written) (?:in|on) (?:our|the) (?:FAQ|manual|help pages|website|terms)\\b",
      ],
    },
    rewrites: {
      de: ['Gern erkläre ich es Ihnen kurz:'],
      en: ['Happy to explain:'],
    },
  },
  {
    id: 'condescension',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\b(?:das schafft|das kann) (?:wirklich )?jedes Kind\\b|\\bkeine Raketenwissenschaft\\b|\\bkein Hexenwerk\\b',
        '\\bwie Sie (?:als (?:Kunde|Kundin) )?(?:eigentlich |doch )?wissen (?:sollten|müssten)\\b',
        '\\bich erkläre (?:es )?(?:Ihnen )?(?:gern )?(?:noch einmal )?ganz langsam\\b',
        '\\b(?:eigentlich|doch) ganz einfach\\b',
      ],
      en: [
        '\\ba child could do it\\b|\\bnot rocket science\\b|\\beven a child\\b',
        '\\bas a customer you (?:really )?(?:ought to|should) know\\b|\\byou (?:really )?(?:ought to|should) know (?:that|this)\\b',
        '\\blet me explain (?:this|it) (?:really |very )?slowly\\b',
        "\\b(?:it's|it is) (?:honestly |really )?(?:very |quite )?simple\\b",
      ],
    },
    rewrites: {
      de: ['So geht es:'],
      en: ["Here's how:"],
    },
  },
  {
    id: 'cold_to_grief',
    severity: 'error',
    scope: 'sentence',
    patterns: { de: [], en: [] },
    // Only demands on the customer: the agent's own "bis Montag erstatte ich" is care.
    griefOnly: [
      '\\b(?:Inkasso|Mahnung|Mahnverfahren|debt collection|collection agency|legal steps|rechtliche Schritte)\\b',
      '\\bandernfalls\\b|\\botherwise (?:the|we|your)\\b',
      '\\b(?:benötigen|brauchen) wir\\b[^.!?\\n]{0,60}\\b(?:innerhalb|bis)\\b|\\bwe (?:require|need)\\b[^.!?\\n]{0,60}\\b(?:within|by)\\b',
      '\\b(?:senden|schicken) Sie\\b[^.!?\\n]{0,60}\\bbis\\b|\\b(?:return|send) (?:it|them|the \\w+)\\b[^.!?\\n]{0,40}\\bby\\b',
      '\\b(?:Gebühren|Beiträge|fees|charges)\\b[^.!?\\n]{0,40}\\b(?:laufen weiter|weiterhin|continue|will still)\\b',
      '\\b(?:zu begleichen|must be paid|is due|ist fällig)\\b',
      '(?<=^|\\n|[.!?:]\\s)\\s*(?:Füllen Sie|Complete the|Fill in the)\\b',
    ],
    rewrites: {
      de: ['Lassen Sie sich Zeit; wir kümmern uns darum, sobald es Ihnen passt.'],
      en: ["Please take all the time you need; we'll take care of it whenever suits you."],
    },
  },
  {
    id: 'blame',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bhätten Sie\\b[^.!?\\n]{0,60}\\b(?:gemeldet|gelesen|geprüft|angegeben|beachtet|kontrolliert|geschickt|informiert)\\b',
        '\\b(?:weil|da) Sie\\b[^.!?\\n]{0,40}\\b(?:falsch\\w*|offenbar|nicht richtig|vergessen)\\b',
      ],
      en: [
        '\\bhad you (?:reported|told|checked|sent|informed|followed)\\b',
        '\\byou (?:ought to|should) have\\b',
        "\\bbecause you (?:obviously |clearly |apparently )?(?:gave|entered|connected|used|did|didn't|failed|forgot)\\b",
      ],
    },
    rewrites: {
      de: ['Damit es diesmal klappt, habe ich Folgendes veranlasst:'],
      en: ["To sort it out, here's what I've done:"],
    },
  },
  {
    id: 'command',
    severity: 'info',
    scope: 'sentence',
    patterns: {
      de: [
        '(?<=^|\\n|[.!?:]\\s)\\s*(?:Teilen|Schicken|Senden|Geben|Nennen|Füllen) Sie\\b[^.!?\\n]{0,80}\\b(?:umgehend|sofort|unverzüglich)\\b',
        '(?<=^|\\n|[.!?:]\\s)\\s*(?:Teilen|Schicken|Senden|Geben|Nennen) Sie\\b[^.!?\\n]{0,15}\\b(?:umgehend|sofort|unverzüglich)\\b',
      ],
      en: [
        '(?<=^|\\n|[.!?:]\\s)\\s*(?:Send|Provide|Give|Return|Complete|Fill in)\\b[^.!?\\n]{0,80}\\b(?:immediately|at once|right now|without delay)\\b',
      ],
    },
    rewrites: { de: ['Könnten Sie uns bitte … schicken?'], en: ['Could you please send us …?'] },
  },
  {
    id: 'policy',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: ['\\bgemäß (?:unserer|unseren|der) (?:internen )?(?:Hausordnung|Richtlinien|Vorgaben|Regeln)\\b'],
      en: ['\\b(?:in line with|under|according to) our (?:internal )?(?:policy|house rules|rules|guidelines)\\b'],
    },
    rewrites: { de: ['Der Grund ist:'], en: ['The reason is:'] },
  },
  {
    id: 'not_responsible',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: ['\\b(?:verantwortlich|zuständig), nicht wir\\b'],
      en: ['\\b(?:responsibility|fault), not ours\\b'],
    },
    rewrites: {
      de: ['Ich kläre das für Sie mit dem Paketdienst.'],
      en: ["I'll take this up with the courier for you."],
    },
  },
  {
    id: 'repetition',
    severity: 'warning',
    scope: 'phrase',
    patterns: {
      de: [
        '\\bwie (?:ich Ihnen )?bereits (?:\\w+ )?(?:in meinen letzten \\w+ E-?Mails |zweimal |mehrfach )?(?:geschrieben|ausgeführt|erklärt|mitgeteilt)\\b',
      ],
      en: [
        "\\bas (?:I've|I have|we've|we have) already (?:told|said|explained)\\b|\\bas explained in my (?:last|previous) \\w+ emails\\b",
      ],
    },
    rewrites: { de: [''], en: [''] },
  },
  {
    id: 'dismissing',
    severity: 'warning',
    scope: 'phrase',
    patterns: {
      de: ['\\bübertreiben Sie (?:mal )?nicht\\b'],
      en: ["\\blet's not exaggerate\\b"],
    },
    rewrites: { de: ['Ich verstehe, dass das ärgerlich ist.'], en: ['I understand this is annoying.'] },
  },
  {
    id: 'minimising',
    severity: 'info',
    scope: 'phrase',
    patterns: {
      de: ['\\bnur (?:um )?(?:eine[nm]? )?(?:kleine[nr]?|winzige[nr]?) (?:Verzögerung|Kratzer|Fehler|Problem)\\b'],
      en: ['\\b(?:only|just) a (?:small|tiny|little|minor) (?:delay|scratch|issue|problem)\\b'],
    },
    rewrites: { de: [''], en: [''] },
  },
  {
    id: 'distrust',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: ['\\bfalls (?:das|der|die|Ihr|Ihre)\\b[^.!?\\n]{0,40}\\btatsächlich\\b', '\\beidesstattliche\\w*\\b'],
      en: [
        "\\bif (?:the|your)\\b[^.!?\\n]{0,40}\\breally (?:did|didn't|was|wasn't)\\b",
        '\\bsworn (?:statement|declaration)\\b',
      ],
    },
    rewrites: { de: ['Das tut mir leid.'], en: ["I'm sorry about that."] },
  },
  {
    id: 'grief_insensitive',
    severity: 'warning',
    scope: 'sentence',
    patterns: { de: [], en: [] },
    griefOnly: [
      '\\uD83D[\\uDE00-\\uDE4F\\uDC4D]|\\uD83C\\uDF89',
      '\\b(?:super|schön|toll|great|lovely|awesome), dass Sie sich melden\\b|\\bgreat to hear from you\\b',
      '\\b(?:Übrigens|By the way)\\b[^.!?\\n]{0,80}\\b(?:Tarif|Angebot|sparen|plan|offer|save)\\w*',
      '\\b(?:einen schönen Tag noch|have an? (?:awesome|great|fantastic) day)\\b',
      '\\btreu bleiben\\b|\\bstay with us\\b',
    ],
    rewrites: { de: ['Es tut mir sehr leid.'], en: ['I am so sorry for your loss.'] },
  },
];
