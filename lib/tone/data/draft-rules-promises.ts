import type { PhraseRule } from './draft-rules';

// Phrase rules about promises and reassurances the agent may not be able to keep or that
// sound flippant ("kein Problem"). Format as in draft-rules.ts.

export const PROMISES_RULES: readonly PhraseRule[] = [
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
      de: '\\b(?:nicht mehr|nicht|habe|hat|haben|hatte|hatten|wurde|wurden|gestern|rausgegangen|unterwegs)\\b|^\\s*\\S+ Sie\\b|\\b(?:Teilen|Schicken|Senden|Geben|Nennen) Sie\\b',
      en: "\\b(?:no longer|cannot|can't|sent|was|were|had|did|yesterday|issued|shipped|refunded|left|options?|prefer|or we)\\b|^\\s*(?:Send|Provide|Give|Return|Complete|Call|Reply|Fill)\\b",
    },
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
