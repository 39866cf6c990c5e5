import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Building blocks of every conversation: asking, handing over, saying no kindly, closing.
// Shortcuts: German `al-…` (allgemein), English `gn-…` (general).

export const GENERAL_TEMPLATES: StarterTemplate[] = [
  {
    id: 'missing-information',
    version: 1,
    situation: 'Ask politely for a missing detail, and make it fine not to have it at hand.',
    moods: ['confusion'],
    tags: ['rückfrage', 'angaben', 'information', 'question', 'details'],
    de: {
      title: 'Fehlende Angaben freundlich erfragen',
      shortcut: 'al-info',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Nachricht. Damit ich Ihnen schnell und richtig helfen kann, fehlt mir noch eine Angabe: {{cursor}}',
        'Antworten Sie dafür gern direkt auf diese Nachricht. Sobald ich die Angabe habe, kümmere ich mich darum und melde mich spätestens am folgenden Werktag bei Ihnen.',
        'Haben Sie die Angabe gerade nicht zur Hand, ist das in Ordnung. Schreiben Sie mir, was Sie wissen, dann finden wir es gemeinsam heraus.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Ask politely for missing information',
      shortcut: 'gn-info',
      body: paragraphs(
        HELLO.en,
        'Thank you for your message. To help you quickly and get it right, I need one more detail: {{cursor}}',
        'You can reply to this email with it. As soon as I have it, I will take care of your request and get back to you by the next working day at the latest.',
        'If you do not have it to hand, that is fine. Tell me what you know and we will work it out together.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'handover-named-team',
    version: 1,
    situation: 'Hand the case to the responsible team and name the person, with everything attached and a date.',
    moods: ['confusion', 'frustration'],
    tags: ['übergabe', 'weiterleitung', 'team', 'handover', 'escalation'],
    de: {
      title: 'Übergabe an ein anderes Team, mit Namen',
      shortcut: 'al-weiter',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Geduld. Bei Ihrem Anliegen kennt sich unser {{input:Team, z. B. Buchhaltungsteam}} am besten aus. Deshalb habe ich Ihren Fall heute persönlich an {{input:Name der Kollegin oder des Kollegen}} übergeben, mit allem, was Sie mir geschrieben haben. Sie brauchen nichts noch einmal zu erklären.',
        'Sie bekommen von dort bis {{date +2bd}} eine Antwort. Ihre Vorgangsnummer bleibt {{ticket.id}}.',
        'Falls Sie bis dahin nichts gehört haben, schreiben Sie mir. Ich bleibe für Sie ansprechbar.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Hand over to another team, by name',
      shortcut: 'gn-handover',
      body: paragraphs(
        HELLO.en,
        'Thank you for your patience. Our {{input:Team, e.g. billing team}} knows this topic best, so today I have personally handed your case to {{input:Colleague name}}, together with everything you told me. There is no need to explain anything again.',
        'You will hear back from them by {{date +2bd}}. Your case number stays {{ticket.id}}.',
        'If you have not heard anything by then, write to me. I am still here for you.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'cant-do-alternative',
    version: 1,
    situation: 'We cannot do what was asked: say so plainly with the reason, then what we can do instead.',
    moods: ['frustration', 'anger'],
    tags: ['alternative', 'absage', 'angebot', 'decline', 'offer'],
    de: {
      title: 'Das geht nicht, aber das können wir tun',
      shortcut: 'al-alternative',
      body: paragraphs(
        HELLO.de,
        'danke, dass Sie so klar schreiben, was Sie brauchen. Ich antworte Ihnen genauso klar: {{input:Ihr Wunsch, z. B. Eine Lieferung ins Ausland}} bieten wir nicht an, weil {{input:Grund}}. Ich weiß, dass Sie auf eine andere Antwort gehofft haben.',
        'Was ich stattdessen für Sie tun kann: {{cursor}}',
        'Ich halte das Angebot bis {{date +5bd}} für Sie bereit. Passt es nicht, rufe ich Sie gern an, und wir suchen gemeinsam weiter.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Das geht nicht, aber das können wir tun (du)',
      shortcut: 'al-alternative-du',
      body: paragraphs(
        HELLO.deDu,
        'danke, dass du so klar schreibst, was du brauchst. Ich antworte dir genauso klar: {{input:Dein Wunsch, z. B. Eine Lieferung ins Ausland}} bieten wir nicht an, weil {{input:Grund}}. Ich weiß, dass du auf eine andere Antwort gehofft hast.',
        'Was ich stattdessen für dich tun kann: {{cursor}}',
        'Ich halte das Angebot bis {{date +5bd}} für dich bereit. Passt es nicht, rufe ich dich gern an, und wir suchen gemeinsam weiter.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'We can’t do that, but here is what we can do',
      shortcut: 'gn-alternative',
      body: paragraphs(
        HELLO.en,
        'Thank you for being so clear about what you need. I will be equally clear: {{input:Request, e.g. Delivery abroad}} is not something we offer, because {{input:Reason}}. I know you were hoping for a different answer.',
        'Here is what I can do for you instead: {{cursor}}',
        'I am keeping this offer open for you until {{date +5bd}}. If it does not suit you, I am happy to call you and we will look for another way together.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'closing-next-step',
    version: 1,
    situation: 'Close a conversation with a summary: what is done, what happens next, by when.',
    moods: ['frustration', 'confusion', 'urgency'],
    tags: ['abschluss', 'zusammenfassung', 'nächster-schritt', 'closing', 'summary', 'next-step'],
    de: {
      title: 'Abschluss: nächster Schritt mit Datum',
      shortcut: 'al-abschluss',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Geduld. Damit wir beide wissen, wie es weitergeht, fasse ich kurz zusammen:',
        '- Erledigt: {{cursor}}\n- Als Nächstes: {{input:Nächster Schritt}}\n- Bis wann: {{date +3bd}}',
        'An diesem Tag melde ich mich bei Ihnen, auch wenn es bis dahin keine Neuigkeiten gibt. Ihre Vorgangsnummer ist {{ticket.id}}.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Closing: next step with a date',
      shortcut: 'gn-next-step',
      body: paragraphs(
        HELLO.en,
        'Thank you for your patience. So we both know what happens next, here is a short summary:',
        '- Done: {{cursor}}\n- Next: {{input:Next step}}\n- By: {{date +3bd}}',
        'I will get in touch with you that day, even if there is no news by then. Your case number is {{ticket.id}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'follow-up-check-in',
    version: 1,
    situation: 'Check in a few days after solving something: did it work, and when we close the case.',
    moods: ['confusion', 'praise'],
    tags: ['nachfassen', 'rückmeldung', 'follow-up', 'check-in'],
    de: {
      title: 'Nachfassen: Hat alles geklappt?',
      shortcut: 'al-nachfrage',
      body: paragraphs(
        HELLO.de,
        'vor ein paar Tagen haben wir uns um {{input:Anliegen, z. B. Ihre Rücksendung}} gekümmert. Ich wollte kurz nachfragen: Hat alles geklappt?',
        'Falls noch etwas hakt, antworten Sie auf diese Nachricht. Ihr Fall {{ticket.id}} ist noch offen, und ich kümmere mich darum. Höre ich nichts von Ihnen, schließe ich ihn am {{date +5bd}}.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Follow-up: did everything work?',
      shortcut: 'gn-check-in',
      body: paragraphs(
        HELLO.en,
        'A few days ago we took care of {{input:Request, e.g. your return}} for you. I wanted to check in: did everything work out?',
        'If anything is still not right, reply to this email. Your case {{ticket.id}} is still open and I will take care of it. If I do not hear from you, I will close it on {{date +5bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'product-idea',
    version: 1,
    situation:
      'A product idea or suggestion: thank them, pass it on, no promises we cannot keep, report back by a date.',
    moods: ['praise', 'frustration'],
    tags: ['idee', 'vorschlag', 'produkt', 'feedback', 'idea', 'suggestion', 'product'],
    de: {
      title: 'Produktidee oder Verbesserungsvorschlag',
      shortcut: 'al-idee',
      body: paragraphs(
        HELLO.de,
        'danke für Ihren Vorschlag zu {{input:Thema}}. Hinweise von Menschen, die unsere Produkte jeden Tag nutzen, sind für uns wertvoll.',
        'Ich habe Ihre Idee heute an unser Produktteam weitergegeben. Ob und wann sie umgesetzt wird, entscheidet das Team in seiner nächsten Planung. Da möchte ich Ihnen nichts versprechen, was ich nicht in der Hand habe.',
        'Nach dieser Planung sage ich Ihnen Bescheid, wie es aussieht, spätestens am {{date +10bd}}.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Product idea or suggestion',
      shortcut: 'gn-idea',
      body: paragraphs(
        HELLO.en,
        'Thank you for your suggestion about {{input:Topic}}. Ideas from people who use our products every day are valuable to us.',
        'I passed your idea to our product team today. Whether and when it gets built is decided in their next planning round, and I would rather not promise you something that is not in my hands.',
        'After that round I will let you know where it stands, by {{date +10bd}} at the latest.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'how-to-question',
    version: 1,
    situation: 'A question about how something works: answer step by step and offer to walk through it.',
    moods: ['confusion'],
    tags: ['anleitung', 'frage', 'nutzung', 'how-to', 'question', 'usage'],
    de: {
      title: 'Frage zur Nutzung beantworten',
      shortcut: 'al-anleitung',
      body: paragraphs(
        HELLO.de,
        'gute Frage, danke, dass Sie nachfragen. So funktioniert es: {{cursor}}',
        'Hakt es beim Ausprobieren an einer Stelle, schreiben Sie mir, bei welchem Schritt. Dann gehe ich ihn mit Ihnen durch, gern auch am Telefon. Ihre Vorgangsnummer ist {{ticket.id}}.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Answer a how-to question',
      shortcut: 'gn-how-to',
      body: paragraphs(
        HELLO.en,
        'Good question, thank you for asking. Here is how it works: {{cursor}}',
        'If you get stuck at any point, tell me which step, and I will go through it with you, on the phone if you like. Your case number is {{ticket.id}}.',
        SIGN.en,
      ),
    },
  },
];
