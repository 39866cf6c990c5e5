import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Grief and praise: the moments customers remember.
// Shortcuts: German `tr-…` (Trauer), English `gr-…` (grief); praise lives with the general ones.

export const CARE_TEMPLATES: StarterTemplate[] = [
  {
    id: 'grief-pet-food-return',
    version: 1,
    situation:
      'A pet died and the customer wants to return unopened food: keep it or give it to a shelter, refund, stop deliveries.',
    moods: ['grief'],
    tags: ['trauer', 'haustier', 'tierheim', 'erstattung', 'grief', 'pet', 'shelter', 'refund'],
    de: {
      title: 'Haustier verstorben: Futter spenden statt zurückschicken',
      shortcut: 'tr-tier',
      body: paragraphs(
        HELLO.de,
        'es tut mir sehr leid, dass {{input:Name des Tieres}} gestorben ist. Danke, dass Sie sich in dieser Zeit bei uns melden.',
        'Das Futter brauchen Sie nicht zurückzuschicken. Wenn Sie mögen, geben Sie es einem Tierheim in Ihrer Nähe, dort freut man sich über jede ungeöffnete Packung. Den Betrag von {{input:Betrag}} erstatte ich Ihnen heute, er ist bis {{date +5bd}} auf Ihrem Konto. Falls noch eine Lieferung geplant war, habe ich sie gestoppt.',
        'Von Ihrer Seite ist nichts weiter zu tun. Wenn Sie noch etwas brauchen, antworten Sie auf diese Nachricht. Sie kommt direkt bei mir an.',
        SIGN.deWarm,
      ),
    },
    en: {
      title: 'Pet died: donate the food instead of returning it',
      shortcut: 'gr-pet',
      body: paragraphs(
        HELLO.enFormal,
        'I’m so sorry that {{input:Pet’s name}} has died. Thank you for letting us know at such a hard time.',
        'Please keep the food rather than sending it back. If you like, you could give it to a local animal shelter, where unopened food is always welcome. I am refunding you {{input:Amount}} today, and it will be in your account by {{date +5bd}}. If another delivery was planned, I have stopped it.',
        'Nothing more is needed from you. If there is anything else I can do, reply to this email and it will come straight to me.',
        SIGN.enWarm,
      ),
    },
  },
  {
    id: 'grief-relative-account-closure',
    version: 1,
    situation:
      'A relative writes after a customer died: condolences, close the account and subscriptions gently, refund without rush.',
    moods: ['grief'],
    tags: [
      'trauer',
      'todesfall',
      'angehörige',
      'konto',
      'kündigung',
      'grief',
      'bereavement',
      'account',
      'subscription',
    ],
    de: {
      title: 'Todesfall: Konto schließen, Abos beenden',
      shortcut: 'tr-angehoerige',
      body: paragraphs(
        HELLO.de,
        'mein herzliches Beileid zum Tod von {{input:Name der verstorbenen Person}}. Danke, dass Sie uns Bescheid geben. Um alles Weitere kümmere ich mich.',
        'Ich habe das Kundenkonto geschlossen und alle laufenden Abos zum heutigen Tag beendet. Es wird nichts mehr abgebucht, und es kommen keine Werbe-E-Mails mehr.',
        'Falls noch Guthaben da ist oder nach dem Todestag Zahlungen eingegangen sind, erstatten wir sie. Schreiben Sie mir dafür, wann es Ihnen passt, auf welches Konto das Geld gehen soll. Das hat keine Eile.',
        'Die schriftliche Bestätigung schicke ich Ihnen bis {{date +2bd}} per E-Mail. Von Ihrer Seite ist nichts weiter zu tun.',
        SIGN.deWarm,
      ),
    },
    en: {
      title: 'Bereavement: close the account, end subscriptions',
      shortcut: 'gr-relative',
      body: paragraphs(
        HELLO.enFormal,
        'I’m very sorry for the loss of {{input:Name of the deceased}}. Thank you for letting us know. I will take care of everything from here.',
        'I have closed the account and ended all active subscriptions as of today. Nothing more will be charged, and no more marketing emails will be sent.',
        'If there is any credit left, or any payment taken after the date of death, we will refund it. Whenever it suits you, let me know which account the money should go to. There is no rush.',
        'I will send you a written confirmation by email by {{date +2bd}}. Nothing more is needed from you.',
        SIGN.enWarm,
      ),
    },
  },
  {
    id: 'praise-thanks',
    version: 1,
    situation: 'Thank a customer for praise and pass it on to the team by name.',
    moods: ['praise'],
    tags: ['lob', 'dank', 'feedback', 'praise', 'thanks'],
    de: {
      title: 'Danke für Ihr Lob',
      shortcut: 'al-lob',
      body: paragraphs(
        HELLO.de,
        'vielen Dank für Ihre freundlichen Worte, Ihre Nachricht hat uns heute richtig gefreut.',
        'Ich gebe Ihr Lob heute an {{input:Name oder Team}} weiter. Solche Rückmeldungen lesen wir im Team gemeinsam, weil sie zeigen, was gut läuft.',
        'Wenn Sie wieder etwas brauchen, sind wir gern für Sie da. Antworten Sie dafür direkt auf diese Nachricht.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Danke für dein Lob (du)',
      shortcut: 'al-lob-du',
      body: paragraphs(
        HELLO.deDu,
        'vielen Dank für deine Nachricht, sie hat uns heute richtig gefreut!',
        'Ich gebe dein Lob heute an {{input:Name oder Team}} weiter. Solche Rückmeldungen lesen wir im Team gemeinsam, weil sie zeigen, was gut läuft.',
        'Wenn du wieder etwas brauchst, schreib uns jederzeit. Wir sind gern für dich da.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Thanks for your praise',
      shortcut: 'gn-praise',
      body: paragraphs(
        HELLO.en,
        'Thank you so much for your kind words. Your message made our day.',
        'I am passing your praise on to {{input:Name or team}} today. We read messages like yours together as a team, because they show us what is working.',
        'If you ever need anything, we are here for you. Reply to this email and it comes straight to us.',
        SIGN.en,
      ),
    },
  },
];
