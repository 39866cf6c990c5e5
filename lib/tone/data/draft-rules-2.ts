import type { PhraseRule } from './draft-rules';

// Second half of the phrase rules (split to keep files short). Format as in draft-rules.ts.

export const PHRASE_RULES_2: readonly PhraseRule[] = [
  {
    id: 'dismissing',
    severity: 'error',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bberuhigen Sie sich\\b',
        '\\b(?:regen Sie sich|Sie müssen sich) nicht (?:so )?auf\\w*|\\bnicht so aufregen\\b',
        '\\bkein (?:Grund|Anlass) zur (?:Aufregung|Sorge)\\b|\\bkein Weltuntergang\\b|\\bSie übertreiben\\b',
        '\\b(?:ist|sei) (?:doch )?nicht so schlimm\\b|\\bnehmen Sie (?:es|das) nicht (?:so )?persönlich\\b',
      ],
      en: [
        '\\bcalm down\\b|\\brelax\\b',
        "\\b(?:no|there's no|there is no) need to (?:shout|get upset|panic|be rude)\\b",
        "\\bnot a big deal\\b|\\bno big deal\\b|\\byou(?:'re| are) overreacting\\b|\\bdon't take it personally\\b",
      ],
    },
    rewrites: { de: ['Ich kann gut verstehen, dass Sie verärgert sind.'], en: ['I understand why you are upset.'] },
  },
  {
    id: 'distrust',
    severity: 'error',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bglaube ich (?:Ihnen )?nicht\\b',
        '\\bSie behaupten\\b|\\bangeblich\\w*',
        '\\bob (?:das|die Ware|das Gerät|der Artikel|es)\\b[^.!?\\n]{0,40}\\bwirklich\\b',
        '\\bwenn (?:das|es) (?:denn )?(?:wirklich )?stimmt\\b',
      ],
      en: [
        "\\bI (?:don't|do not) believe you\\b",
        '\\byou claim\\w*|\\ballegedly\\b|\\bsupposedly\\b',
        '\\b(?:if|whether) (?:the|it|this|that|you)\\b[^.!?\\n]{0,40}\\breally\\b',
        "\\bif (?:that's|that is|this is) (?:even )?true\\b",
      ],
    },
    rewrites: {
      de: ['Danke für Ihre Schilderung, ich gehe dem nach.'],
      en: ["Thank you for letting me know, I'm looking into it."],
    },
  },
  {
    id: 'overpromise',
    severity: 'warning',
    scope: 'phrase',
    patterns: {
      de: [
        ['\\bgarantiere\\b', ['verspreche nicht zu viel, wenn ich sage']],
        ['\\bgarantiert\\b', ['voraussichtlich']],
        ['\\bsofort\\b', ['schnellstmöglich']],
        ['\\b(?:nie|niemals) wieder (?:vorkommen|passieren)\\b', ['nicht wieder vorkommen soll']],
        ['\\bauf jeden Fall\\b', ['voraussichtlich']],
        ['\\b(?:versprochen|das verspreche ich Ihnen)\\b', ['']],
        ['\\b100 ?(?:%|Prozent)\\b', ['']],
      ],
      en: [
        ['\\bguaranteed?\\b', ['expect']],
        ['\\bimmediately\\b|\\bright away\\b|\\binstantly\\b', ['as quickly as I can']],
        ['\\bdefinitely\\b', ['most likely']],
        ['\\bnever happen again\\b', ['not happen again, as far as it is up to us']],
        ['\\bI promise\\b|\\b100 ?%', ['']],
      ],
    },
    rewrites: { de: ['voraussichtlich'], en: ['expect'] },
    // Past tense reports what was done ("habe sofort verschickt"), not a promise.
    exclude: {
      de: '\\b(?:habe|hat|haben|hatte|hatten|wurde|wurden|gestern|rausgegangen|unterwegs)\\b|^\\s*\\S+ Sie\\b|\\b(?:Teilen|Schicken|Senden|Geben|Nennen) Sie\\b',
      en: '\\b(?:sent|was|were|had|did|yesterday|issued|shipped|refunded|left|options?|prefer|or we)\\b|^\\s*(?:Send|Provide|Give|Return|Complete|Call|Reply|Fill)\\b',
    },
  },
  {
    id: 'minimising',
    severity: 'info',
    scope: 'phrase',
    patterns: {
      de: [
        '\\bganz einfach\\b',
        '\\b(?:müssen|brauchen|klicken|gehen|tippen|öffnen|starten|wählen) (?:Sie |du )?(?:einfach|nur|bloß|halt|eben)(?: nur)?\\b',
        '\\b(?:offensichtlich|natürlich (?:müssen|hätten|sollten))\\b',
        '\\bdas ist (?:doch )?(?:ganz )?(?:einfach|simpel|leicht)\\b',
      ],
      en: [
        '(?<!can )\\bsimply\\b',
        '\\bobviously\\b|\\bclearly you\\b',
        '\\bjust (?:click|go|log|enter|open|select|follow|read|check|restart|tap|press|use|type)\\b',
        '\\ball you (?:need|have) to do\\b',
        "\\b(?:it is|it's|that's|that is) (?:really |very )?(?:simple|easy)\\b",
      ],
    },
    rewrites: { de: [''], en: [''] },
  },
  {
    id: 'grief_insensitive',
    severity: 'warning',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bKopf hoch\\b',
        '\\bich weiß (?:genau |genau, |,)?\\s*wie Sie sich fühlen\\b',
        '\\b(?:die )?Zeit heilt (?:alle )?Wunden\\b|\\bdas Leben geht weiter\\b',
        '\\ban einem besseren Ort\\b|\\balles hat seinen (?:Sinn|Grund)\\b',
      ],
      en: [
        '\\bchin up\\b|\\bcheer up\\b',
        '\\bI know (?:exactly )?how you feel\\b',
        '\\btime heals\\b|\\blife goes on\\b|\\bin a better place\\b|\\beverything happens for a reason\\b',
      ],
    },
    griefOnly: ['\\bimmerhin\\b|\\bwenigstens\\b|\\bat least\\b'],
    rewrites: { de: ['Es tut mir sehr leid.'], en: ['I am so sorry for your loss.'] },
  },
  {
    id: 'kein_problem',
    severity: 'info',
    scope: 'phrase',
    patterns: {
      de: ['\\b(?:das ist )?(?:überhaupt |gar )?kein Problem\\b'],
      en: ['\\bno (?:problem|worries)(?: at all)?\\b'],
    },
    rewrites: { de: ['gern', 'gern geschehen'], en: ['happy to help', "you're welcome"] },
  },
];
