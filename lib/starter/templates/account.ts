import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Subscriptions, logins and personal data.
// Shortcuts: German `ko-…` (Konto), English `ac-…` (account).

export const ACCOUNT_TEMPLATES: StarterTemplate[] = [
  {
    id: 'cancellation-respect',
    version: 1,
    situation: 'The customer cancels: confirm it, respect it, make at most one honest offer, thank them.',
    moods: ['cancellation'],
    tags: ['kündigung', 'abo', 'vertrag', 'cancellation', 'subscription'],
    de: {
      title: 'Kündigung bestätigen (höchstens ein Angebot)',
      shortcut: 'ko-kuendigung',
      body: paragraphs(
        HELLO.de,
        'Ihre Kündigung ist angekommen, und ich habe sie bestätigt. Ihr Abo endet am {{input:Vertragsende}}. Bis dahin können Sie alles wie gewohnt nutzen, danach buchen wir nichts mehr ab.',
        'Ein Angebot mache ich Ihnen noch, ganz ohne Druck: {{cursor}} Passt das nicht, bleibt es bei der Kündigung, und von Ihrer Seite ist nichts weiter zu tun.',
        'Die schriftliche Bestätigung bekommen Sie bis {{date +1bd}} per E-Mail. Danke, dass Sie bei uns waren.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Confirm a cancellation (one offer at most)',
      shortcut: 'ac-cancel',
      body: paragraphs(
        HELLO.en,
        'Your cancellation has arrived and I have confirmed it. Your subscription ends on {{input:End date}}. Until then you can use everything as usual, and after that we will not charge you anything.',
        'One offer, with no pressure: {{cursor}} If that does not suit you, the cancellation stands and there is nothing more for you to do.',
        'You will receive the written confirmation by email by {{date +1bd}}. Thank you for the time you spent with us.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'subscription-pause',
    version: 1,
    situation: 'Pause a subscription instead of cancelling: until when, nothing charged, reminder before it restarts.',
    moods: ['cancellation'],
    tags: ['abo', 'pause', 'subscription'],
    de: {
      title: 'Abo pausieren',
      shortcut: 'ko-pause',
      body: paragraphs(
        HELLO.de,
        'gern pausiere ich Ihr Abo. Es ruht ab heute bis {{input:Ende der Pause}}. In dieser Zeit verschicken wir nichts und buchen nichts ab.',
        'Eine Woche vor dem Ende der Pause bekommen Sie eine Erinnerung per E-Mail. Dann entscheiden Sie in Ruhe, ob es weitergeht, ob Sie die Pause verlängern oder ob Sie kündigen möchten.',
        'Die Bestätigung der Pause schicke ich Ihnen heute noch per E-Mail.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Abo pausieren (du)',
      shortcut: 'ko-pause-du',
      body: paragraphs(
        HELLO.deDu,
        'klar, ich pausiere dein Abo. Es ruht ab heute bis {{input:Ende der Pause}}. In dieser Zeit verschicken wir nichts und buchen nichts ab.',
        'Eine Woche vor dem Ende der Pause bekommst du eine Erinnerung per E-Mail. Dann entscheidest du in Ruhe, ob es weitergeht, ob du die Pause verlängerst oder ob du kündigen möchtest.',
        'Die Bestätigung der Pause schicke ich dir heute noch per E-Mail.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Pause a subscription',
      shortcut: 'ac-pause',
      body: paragraphs(
        HELLO.en,
        'I have paused your subscription for you. It is on hold from today until {{input:End of pause}}. During that time we will not send or charge anything.',
        'A week before the pause ends, you will get a reminder by email. You can then decide at your own pace whether to carry on, extend the pause or cancel.',
        'I will send you the confirmation of the pause by email today.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'login-help',
    version: 1,
    situation: 'The customer cannot log in: reset link sent, three steps, a personal fallback.',
    moods: ['confusion', 'frustration', 'urgency'],
    tags: ['login', 'passwort', 'konto', 'password', 'account', 'sign-in'],
    de: {
      title: 'Hilfe beim Login',
      shortcut: 'ko-login',
      body: paragraphs(
        HELLO.de,
        'es ist ärgerlich, wenn man nicht in sein Konto kommt, gerade wenn man etwas erledigen möchte. Ich helfe Ihnen gern dabei.',
        'Ich habe Ihnen eben einen Link zum Zurücksetzen des Passworts an {{input:E-Mail-Adresse}} geschickt. So geht es weiter:\n1. Öffnen Sie die E-Mail „Passwort zurücksetzen“ und klicken Sie auf den Link.\n2. Vergeben Sie ein neues Passwort.\n3. Melden Sie sich damit an.',
        'Kommt die E-Mail nicht an, schauen Sie bitte auch im Spam-Ordner nach. Klappt es bis {{date +1bd}} trotzdem nicht, antworten Sie mir. Dann gehen wir es gemeinsam am Telefon durch.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Hilfe beim Login (du)',
      shortcut: 'ko-login-du',
      body: paragraphs(
        HELLO.deDu,
        'es ist ärgerlich, wenn man nicht in sein Konto kommt, gerade wenn man etwas erledigen möchte. Ich helfe dir gern dabei.',
        'Ich habe dir eben einen Link zum Zurücksetzen des Passworts an {{input:E-Mail-Adresse}} geschickt. So geht es weiter:\n1. Öffne die E-Mail „Passwort zurücksetzen“ und klick auf den Link.\n2. Vergib ein neues Passwort.\n3. Melde dich damit an.',
        'Kommt die E-Mail nicht an, schau bitte auch im Spam-Ordner nach. Klappt es bis {{date +1bd}} trotzdem nicht, antworte mir. Dann gehen wir es gemeinsam am Telefon durch.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Help with logging in',
      shortcut: 'ac-login',
      body: paragraphs(
        HELLO.en,
        'It is annoying to be locked out of your account, especially when you want to get something done. I am glad to help.',
        'I have sent a password reset link to {{input:Email address}}. Here is how it works:\n1. Open the email "Reset your password" and click the link.\n2. Choose a new password.\n3. Log in with it.',
        'If the email does not arrive, please check your spam folder too. If it still does not work by {{date +1bd}}, reply to me and we will go through it together on the phone.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'data-deletion',
    version: 1,
    situation:
      'The customer asks us to delete their data: hand it to the privacy team, say what is deleted and by when.',
    moods: ['confusion', 'cancellation'],
    tags: ['datenschutz', 'löschung', 'konto', 'privacy', 'deletion', 'account'],
    de: {
      title: 'Daten löschen lassen',
      shortcut: 'ko-daten',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Nachricht. Ihre Anfrage zur Löschung Ihrer Daten habe ich heute an unser Datenschutzteam gegeben.',
        'Das Team löscht Ihr Kundenkonto und die dazugehörigen Daten bis {{date +10bd}} und bestätigt Ihnen das schriftlich. Rechnungsdaten bewahren wir gesperrt auf, bis die gesetzliche Aufbewahrungsfrist abläuft. Genutzt werden sie in dieser Zeit nicht mehr.',
        'Möchten Sie vorher noch eine Kopie Ihrer Daten, schreiben Sie mir bis {{date +3bd}}. Dann schicke ich sie Ihnen, bevor gelöscht wird.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Delete personal data',
      shortcut: 'ac-data',
      body: paragraphs(
        HELLO.en,
        'Thank you for your message. I have passed your request to delete your data to our privacy team today.',
        'The team will delete your account and the related data by {{date +10bd}} and confirm this to you in writing. Invoice records are kept locked until the legal retention period ends, and they are not used for anything in that time.',
        'If you would like a copy of your data first, let me know by {{date +3bd}} and I will send it to you before anything is deleted.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'newsletter-unsubscribe',
    version: 1,
    situation: 'Too many emails: unsubscribe them, say what still arrives and until when.',
    moods: ['frustration'],
    tags: ['newsletter', 'abmelden', 'e-mail', 'unsubscribe', 'email'],
    de: {
      title: 'Vom Newsletter abmelden',
      shortcut: 'ko-newsletter',
      body: paragraphs(
        HELLO.de,
        'gern, ich habe {{input:E-Mail-Adresse}} heute von unserem Newsletter abgemeldet. Es tut mir leid, dass es Ihnen zu viel wurde.',
        'E-Mails, die schon geplant waren, können noch bis {{date +2bd}} ankommen, danach ist Ruhe. Nachrichten zu Ihren Bestellungen, etwa Versandbestätigungen, bekommen Sie weiterhin.',
        'Kommt danach doch noch ein Newsletter an, leiten Sie ihn mir weiter. Dann finde ich heraus, woran es liegt.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Unsubscribe from the newsletter',
      shortcut: 'ac-newsletter',
      body: paragraphs(
        HELLO.en,
        'Done: I have unsubscribed {{input:Email address}} from our newsletter today. I’m sorry it became too much.',
        'Emails that were scheduled already may still arrive until {{date +2bd}}, and then they stop. You will still get messages about your orders, such as shipping confirmations.',
        'If a newsletter does reach you after that, forward it to me and I will find out why.',
        SIGN.en,
      ),
    },
  },
];
