import type { PhraseRule } from './draft-rules';

// Phrase rules about how the customer's feelings are treated: dismissing, distrusting,
// minimising, and wording that hurts a grieving customer. Format as in draft-rules.ts.

export const FEELINGS_RULES: readonly PhraseRule[] = [
  {
    id: 'dismissing',
    severity: 'error',
    scope: 'sentence',
    patterns: {
      de: [
        '\\bberuhigen Sie sich\\b',
        '\\b(?:regen Sie sich|Sie müssen sich) nicht (?:so )?auf\\w*|\\bnicht so aufregen\\b',
        '\\bkein (?:Grund|Anlass) zur (?:Aufregung|Panik)\\b|\\bkein Weltuntergang\\b|\\bSie übertreiben\\b',
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
    // Emoji, party signs and double exclamation marks (words are in the shape tables).
    griefOnly: [
      '\\uD83D[\\uDE00-\\uDE4E\\uDC4D\\uDC4F\\uDECD]|\\uD83C[\\uDF81\\uDF89\\uDF8A]|\\uD83E[\\uDD29\\uDD70-\\uDD73]|!{2,}',
    ],
    rewrites: { de: ['Es tut mir sehr leid.'], en: ['I am so sorry for your loss.'] },
  },
];
