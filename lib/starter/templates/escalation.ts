import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Angry, let down, threatening: feelings first, then what happens next and by when.
// Shortcuts: German `ae-…` (Ärger), English `an-…` (anger).

export const ESCALATION_TEMPLATES: StarterTemplate[] = [
  {
    id: 'anger-first-reply',
    version: 1,
    situation: 'First reply to an angry customer: hear them, own it, give the next step and a date.',
    moods: ['anger', 'frustration'],
    tags: ['ärger', 'beschwerde', 'erstantwort', 'anger', 'complaint', 'first-reply'],
    de: {
      title: 'Erste Antwort auf eine verärgerte Nachricht',
      shortcut: 'ae-erst',
      body: paragraphs(
        HELLO.de,
        'danke, dass Sie uns so offen schreiben. Sie haben sich auf uns verlassen, und wir haben Sie enttäuscht. Ihr Ärger ist verständlich, und es tut mir leid.',
        'Ich habe mir Ihren Fall angesehen. So gehe ich jetzt vor: {{cursor}}',
        'Bis {{date +2bd}} melde ich mich mit dem Ergebnis bei Ihnen, auch wenn bis dahin noch nicht alles gelöst ist. Ihre Vorgangsnummer ist {{ticket.id}}. Antworten Sie gern direkt auf diese Nachricht, dann landet alles bei mir.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Erste Antwort auf eine verärgerte Nachricht (du)',
      shortcut: 'ae-erst-du',
      body: paragraphs(
        HELLO.deDu,
        'danke, dass du uns so offen schreibst. Du hast dich auf uns verlassen, und wir haben dich enttäuscht. Dein Ärger ist verständlich, und es tut mir leid.',
        'Ich habe mir deinen Fall angesehen. So geht es jetzt weiter: {{cursor}}',
        'Bis {{date +2bd}} melde ich mich mit dem Ergebnis bei dir, auch wenn bis dahin noch nicht alles gelöst ist. Deine Vorgangsnummer ist {{ticket.id}}. Antworte gern direkt auf diese Nachricht, dann landet alles bei mir.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'First reply to an angry message',
      shortcut: 'an-first',
      body: paragraphs(
        HELLO.en,
        'Thank you for telling us so openly what went wrong. You counted on us and we let you down. I understand why you are angry, and I’m sorry.',
        'I have looked into your case, and this is what I am doing now: {{cursor}}',
        'I will get back to you by {{date +2bd}} with an update, even if not everything is sorted by then. Your case number is {{ticket.id}}. Reply to this email any time and it comes straight to me.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'repeat-contact',
    version: 1,
    situation: 'The customer writes for the third time and still has no solution: take ownership personally.',
    moods: ['frustration', 'anger'],
    tags: ['ärger', 'wiederholt', 'nachfrage', 'anger', 'repeat-contact', 'follow-up'],
    de: {
      title: 'Wiederholter Kontakt: Sie schreiben nicht zum ersten Mal',
      shortcut: 'ae-wieder',
      body: paragraphs(
        HELLO.de,
        'Sie haben uns jetzt mehrmals geschrieben, und Ihr Anliegen ist immer noch offen. Das hätte nicht passieren dürfen. Es tut mir leid, dass Sie so viel Zeit dafür aufwenden mussten.',
        'Ab jetzt bleibe ich persönlich an Ihrem Fall dran. Ich habe den ganzen Verlauf gelesen, Sie brauchen nichts noch einmal zu erklären.',
        'Stand heute: {{cursor}}',
        'Spätestens am {{date +2bd}} hören Sie von mir, mit dem Ergebnis oder einem klaren Zwischenstand. Wenn Sie mich vorher erreichen möchten, antworten Sie auf diese Nachricht. Sie kommt direkt bei mir an.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Repeat contact: not the first time they write',
      shortcut: 'an-again',
      body: paragraphs(
        HELLO.en,
        'You have written to us several times now and your request is still open. That should not have happened, and I’m sorry you have had to spend so much time on it.',
        'From now on I am looking after your case personally. I have read the whole conversation, so there is no need to explain anything again.',
        'Where things stand today: {{cursor}}',
        'You will hear from me by {{date +2bd}} at the latest, with the result or a clear update. If you want to reach me before then, reply to this email and it comes straight to me.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'own-mistake',
    version: 1,
    situation: 'Our own mistake: apologise without excuses, say how we fix it and by when.',
    moods: ['anger', 'frustration'],
    tags: ['fehler', 'entschuldigung', 'mistake', 'apology'],
    de: {
      title: 'Unser Fehler: Entschuldigung, Lösung, Termin',
      shortcut: 'ae-fehler',
      body: paragraphs(
        HELLO.de,
        'der Fehler lag bei uns, und ich entschuldige mich dafür. Er hat Sie Zeit und Nerven gekostet, und das war vermeidbar.',
        'So bringe ich es in Ordnung: {{cursor}}',
        'Bis {{date +3bd}} ist das erledigt. Ich schaue an dem Tag selbst nach und schreibe Ihnen, sobald alles bei Ihnen angekommen ist.',
        'Ihren Fall gebe ich außerdem an das Team weiter, das diesen Arbeitsschritt betreut, damit das anderen nicht auch passiert.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Our mistake: apology, fix, date',
      shortcut: 'an-mistake',
      body: paragraphs(
        HELLO.en,
        'This was our mistake, and I apologise. It cost you time and trouble that were entirely avoidable.',
        'This is how I am putting it right: {{cursor}}',
        'It will be done by {{date +3bd}}. I will check on it myself that day and let you know once everything has reached you.',
        'I am also passing your case to the team that handles this step, so it does not happen to anyone else.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'public-threat-social',
    version: 1,
    situation:
      'The customer threatens to go public on Instagram or other social media: no pleading, no counter-threat, solve it.',
    moods: ['public_threat', 'anger'],
    tags: ['social-media', 'instagram', 'öffentlich', 'public', 'escalation'],
    de: {
      title: 'Drohung mit Social Media',
      shortcut: 'ae-social',
      body: paragraphs(
        HELLO.de,
        'Ihre Nachricht ist angekommen, und ich verstehe, dass Sie nach dieser Erfahrung enttäuscht und wütend sind. Was Sie öffentlich teilen, entscheiden Sie. Mir ist wichtig, dass Ihr Problem gelöst wird, und daran arbeite ich jetzt.',
        'Das habe ich bis jetzt getan: {{cursor}}',
        'Bis {{date +2bd}} melde ich mich mit dem nächsten Stand bei Ihnen. Wenn Sie lieber telefonieren, schreiben Sie mir eine Nummer und eine passende Uhrzeit, dann rufe ich Sie an.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Drohung mit Social Media (du)',
      shortcut: 'ae-social-du',
      body: paragraphs(
        HELLO.deDu,
        'deine Nachricht ist angekommen, und ich verstehe, dass du nach dieser Erfahrung enttäuscht und wütend bist. Was du öffentlich teilst, entscheidest du. Mir ist wichtig, dass dein Problem gelöst wird, und daran arbeite ich jetzt.',
        'Das habe ich bis jetzt getan: {{cursor}}',
        'Bis {{date +2bd}} melde ich mich mit dem nächsten Stand bei dir. Wenn du lieber telefonierst, schick mir eine Nummer und eine passende Uhrzeit, dann rufe ich dich an.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Threat to go public on social media',
      shortcut: 'an-social',
      body: paragraphs(
        HELLO.en,
        'Thank you for your message. After what happened, I understand that you are disappointed and angry. What you share publicly is your decision. What matters to me is getting your problem solved, and I am working on that now.',
        'Here is what I have done so far: {{cursor}}',
        'I will get back to you by {{date +2bd}} with the next update. If you would rather talk it through, send me a phone number and a good time, and I will call you.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'legal-threat-handover',
    version: 1,
    situation:
      'The customer announces a lawyer or legal action: calm handover to the legal team, no admissions, no counter-threats.',
    moods: ['legal_threat', 'anger'],
    tags: ['anwalt', 'rechtsabteilung', 'übergabe', 'legal', 'lawyer', 'handover'],
    de: {
      title: 'Rechtliche Schritte angekündigt: Übergabe an die Rechtsabteilung',
      shortcut: 'ae-recht',
      body: paragraphs(
        HELLO.de,
        'vielen Dank für Ihre Nachricht. Ich nehme Ihr Anliegen ernst und habe es heute vollständig an unsere Rechtsabteilung übergeben, damit es dort sorgfältig geprüft wird.',
        '{{input:Name der Ansprechperson}} aus diesem Team meldet sich bis {{date +5bd}} schriftlich bei Ihnen. Ihre Vorgangsnummer ist {{ticket.id}}.',
        'Wenn Sie bis dahin Unterlagen ergänzen möchten, schicken Sie sie gern als Antwort auf diese Nachricht. Ich leite alles am selben Tag weiter.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Legal action announced: handover to the legal team',
      shortcut: 'an-legal',
      body: paragraphs(
        HELLO.enFormal,
        'Thank you for your message. I am taking your concerns seriously and have passed them in full to our legal team today, so they can be reviewed carefully.',
        '{{input:Contact name}} from that team will write to you by {{date +5bd}}. Your case number is {{ticket.id}}.',
        'If you would like to add any documents before then, please send them as a reply to this email. I will forward everything the same day.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'sarcasm-reply',
    version: 1,
    situation: 'A sarcastic message ("Great, just great"): name the frustration plainly and get concrete.',
    moods: ['sarcasm', 'frustration'],
    tags: ['ironie', 'sarkasmus', 'sarcasm', 'frustration'],
    de: {
      title: 'Antwort auf eine ironische Nachricht',
      shortcut: 'ae-ironie',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Nachricht. Zwischen den Zeilen lese ich, wie genervt Sie sind, und ich kann das gut nachvollziehen. So hätte es nicht laufen sollen.',
        'Deshalb kurz und konkret: {{cursor}}',
        'Mein Ziel ist, dass das bis {{date +2bd}} erledigt ist. An dem Tag melde ich mich in jedem Fall bei Ihnen.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Reply to a sarcastic message',
      shortcut: 'an-sarcasm',
      body: paragraphs(
        HELLO.en,
        'Thank you for your message. I can read between the lines how fed up you are, and I get it. This is not how it should have gone.',
        'So here is the short, concrete version: {{cursor}}',
        'I aim to have this sorted by {{date +2bd}}, and I will write to you that day either way.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'abusive-tone-boundary',
    version: 1,
    situation: 'An insulting message: stay kind, ask once for a respectful tone, keep helping.',
    moods: ['anger'],
    tags: ['beleidigung', 'ton', 'grenze', 'abuse', 'tone', 'boundary'],
    de: {
      title: 'Beleidigende Nachricht: freundlich bleiben und helfen',
      shortcut: 'ae-ton',
      body: paragraphs(
        HELLO.de,
        'ich sehe, wie sehr Sie sich über {{input:Thema, z. B. die Lieferung}} ärgern, und ich möchte das mit Ihnen lösen.',
        'Eine Bitte habe ich dabei: Bleiben wir im Ton freundlich miteinander. Dann kann ich meine ganze Energie in Ihr Anliegen stecken.',
        'Als Nächstes kümmere ich mich um Folgendes: {{cursor}}',
        'Bis {{date +2bd}} melde ich mich mit dem Ergebnis bei Ihnen.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Insulting message: stay kind and keep helping',
      shortcut: 'an-tone',
      body: paragraphs(
        HELLO.en,
        'I can see how angry you are about {{input:Topic, e.g. the delivery}}, and I want to sort it out with you.',
        "I have one request: let's keep things friendly between us. That way I can put all my energy into your case.",
        'Next, I am taking care of this: {{cursor}}',
        'I will get back to you with the result by {{date +2bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'complaint-about-staff',
    version: 1,
    situation:
      'A complaint about how a colleague treated the customer: believe them, pass it to the team lead, take over the request.',
    moods: ['anger', 'frustration'],
    tags: ['beschwerde', 'mitarbeiter', 'teamleitung', 'complaint', 'staff', 'team-lead'],
    de: {
      title: 'Beschwerde über eine Kollegin oder einen Kollegen',
      shortcut: 'ae-team',
      body: paragraphs(
        HELLO.de,
        'danke, dass Sie uns davon erzählen. So sollte sich niemand behandelt fühlen, der uns um Hilfe bittet, und es tut mir leid, dass es Ihnen so ergangen ist.',
        'Ich habe Ihre Schilderung heute an unsere Teamleitung gegeben. Sie bespricht das Gespräch intern und meldet sich bis {{date +5bd}} bei Ihnen.',
        'Ihr ursprüngliches Anliegen übernehme ich ab jetzt selbst: {{cursor}}',
        SIGN.de,
      ),
    },
    en: {
      title: 'Complaint about a colleague',
      shortcut: 'an-staff',
      body: paragraphs(
        HELLO.en,
        'Thank you for telling us. Nobody who asks us for help should feel treated that way, and I’m sorry it happened to you.',
        'I have passed your account to our team lead today. They will review the conversation internally and get back to you by {{date +5bd}}.',
        'From now on I am taking care of your original request myself: {{cursor}}',
        SIGN.en,
      ),
    },
  },
  {
    id: 'late-reply-apology',
    version: 1,
    situation: 'We answered late: own the wait, answer the question, make sure it does not stall again.',
    moods: ['frustration', 'urgency'],
    tags: ['wartezeit', 'späte-antwort', 'waiting', 'late-reply'],
    de: {
      title: 'Späte Antwort von uns',
      shortcut: 'ae-spaet',
      body: paragraphs(
        HELLO.de,
        'Sie haben {{input:Wartezeit}} auf eine Antwort gewartet. Das ist zu lang, und es tut mir leid.',
        'Jetzt zu Ihrem Anliegen: {{cursor}}',
        'Falls noch etwas offen ist, antworten Sie direkt auf diese Nachricht. Ich behalte Ihren Fall im Blick und melde mich am {{date +3bd}} noch einmal bei Ihnen, damit er nicht wieder liegen bleibt.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Late reply from us',
      shortcut: 'an-late',
      body: paragraphs(
        HELLO.en,
        'You waited {{input:Waiting time}} for an answer. That is too long, and I’m sorry.',
        'Now to your request: {{cursor}}',
        'If anything is still open, reply to this email. I am keeping an eye on your case and will check in with you on {{date +3bd}}, so it does not get stuck again.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'negative-review-reply',
    version: 1,
    situation: 'The customer left a critical review: thank them honestly, the review stays, show what we do about it.',
    moods: ['public_threat', 'frustration'],
    tags: ['bewertung', 'rezension', 'öffentlich', 'review', 'feedback', 'public'],
    de: {
      title: 'Antwort auf eine kritische Bewertung',
      shortcut: 'ae-bewertung',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre ehrliche Bewertung. Sie ist unangenehm zu lesen, und genau deshalb hilft sie uns: {{input:Kritikpunkt, z. B. Die lange Wartezeit}} hätte so nicht passieren dürfen.',
        'Ihre Bewertung bleibt so stehen, wie Sie sie geschrieben haben. Ich möchte Ihnen trotzdem zeigen, dass wir zuhören: {{cursor}}',
        'Bis {{date +3bd}} melde ich mich mit dem Ergebnis. Wenn Sie Ihre Bewertung danach ergänzen möchten, freuen wir uns. Wenn nicht, ist das genauso in Ordnung.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Reply to a critical review',
      shortcut: 'an-review',
      body: paragraphs(
        HELLO.en,
        'Thank you for your honest review. It is hard to read, and that is exactly why it helps us: {{input:What went wrong, e.g. The long wait}} should not have happened.',
        'Your review stays as you wrote it. I would still like to show you that we are listening: {{cursor}}',
        'I will get back to you with the result by {{date +3bd}}. If you would like to update your review afterwards, we would appreciate it. If not, that is fine too.',
        SIGN.en,
      ),
    },
  },
];
