import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Defects, warranty, returns and exchanges.
// Shortcuts: German `rk-…` (Reklamation), English `rt-…` (returns).

export const RETURNS_TEMPLATES: StarterTemplate[] = [
  {
    id: 'defect-return',
    version: 1,
    situation: 'A defective product: free return label, replacement once the parcel is scanned, refund if preferred.',
    moods: ['frustration', 'anger'],
    tags: ['reklamation', 'defekt', 'rücksendung', 'ersatz', 'defect', 'return', 'replacement'],
    de: {
      title: 'Produkt defekt: Rücksendung und Ersatz',
      shortcut: 'rk-defekt',
      body: paragraphs(
        HELLO.de,
        'es tut mir leid, dass {{input:Produkt, z. B. Ihre Kaffeemaschine}} nicht funktioniert. Das ist ärgerlich, gerade wenn man sich auf etwas Neues gefreut hat.',
        'So geht es weiter:\n1. Im Anhang finden Sie ein kostenloses Rücksendeetikett. Ein stabiler Karton genügt, die Originalverpackung ist nicht nötig.\n2. Sobald der Paketdienst Ihr Paket scannt, schicken wir Ihnen Ersatz. Möchten Sie lieber Ihr Geld zurück, schreiben Sie es mir kurz. Dann erstatten wir den vollen Betrag.',
        'Ich behalte die Sendung im Blick und melde mich spätestens am {{date +5bd}} mit dem Stand.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Produkt defekt: Rücksendung und Ersatz (du)',
      shortcut: 'rk-defekt-du',
      body: paragraphs(
        HELLO.deDu,
        'es tut mir leid, dass {{input:Produkt, z. B. dein Headset}} nicht funktioniert. Das ist ärgerlich, gerade wenn man sich auf etwas Neues gefreut hat.',
        'So geht es weiter:\n1. Im Anhang findest du ein kostenloses Rücksendeetikett. Ein stabiler Karton genügt, die Originalverpackung ist nicht nötig.\n2. Sobald der Paketdienst dein Paket scannt, schicken wir dir Ersatz. Möchtest du lieber dein Geld zurück, schreib es mir kurz. Dann erstatten wir dir den vollen Betrag.',
        'Ich behalte die Sendung im Blick und melde mich spätestens am {{date +5bd}} mit dem Stand.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Defective product: return and replacement',
      shortcut: 'rt-defect',
      body: paragraphs(
        HELLO.en,
        'I’m sorry your {{input:Product}} is not working. You bought it to use it, not to write to us about it.',
        'Here is what happens next:\n1. A free return label is attached. Any sturdy box will do; the original packaging is not needed.\n2. As soon as the carrier scans your parcel, we will send you a replacement. If you would rather have your money back, let me know and we will refund you in full.',
        'I will keep an eye on the parcel and update you by {{date +5bd}} at the latest.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'warranty-claim',
    version: 1,
    situation: 'A warranty claim: open it, ask for the two details the technical team needs, name who takes over.',
    moods: ['frustration', 'confusion'],
    tags: ['garantie', 'reparatur', 'technik', 'warranty', 'repair', 'technical'],
    de: {
      title: 'Garantiefall aufnehmen',
      shortcut: 'rk-garantie',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Nachricht. Ihr Gerät ({{input:Produkt}}) ist noch in der Garantie, und ich habe den Garantiefall heute für Sie aufgenommen. Ihre Vorgangsnummer ist {{ticket.id}}.',
        'Damit unser Technikteam loslegen kann, brauche ich noch zwei Dinge von Ihnen:\n- ein Foto des Typenschilds oder die Seriennummer\n- eine kurze Beschreibung, wann der Fehler auftritt',
        'Sobald beides da ist, übernimmt {{input:Name der Kollegin oder des Kollegen}} aus unserem Technikteam und meldet sich innerhalb von drei Werktagen bei Ihnen. Gemeinsam klären Sie dann, ob eine Reparatur oder ein Austausch schneller geht.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Open a warranty claim',
      shortcut: 'rt-warranty',
      body: paragraphs(
        HELLO.en,
        'Thank you for your message. Your {{input:Product}} is still under warranty, and I have opened a warranty claim for you today. Your case number is {{ticket.id}}.',
        'So our technical team can get started, I need two more things from you:\n- a photo of the rating plate, or the serial number\n- a short description of when the fault happens',
        'As soon as I have both, {{input:Colleague name}} from our technical team takes over and will contact you within three working days. Together you can then decide whether a repair or a replacement is quicker.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'return-how-to',
    version: 1,
    situation: 'The customer wants to return an item: label attached, how to drop it off, when the refund comes.',
    moods: ['confusion'],
    tags: ['rücksendung', 'retoure', 'etikett', 'return', 'label', 'refund'],
    de: {
      title: 'Rücksendung: so geht es',
      shortcut: 'rk-retoure',
      body: paragraphs(
        HELLO.de,
        'gern helfe ich Ihnen bei der Rücksendung Ihrer Bestellung {{input:Bestellnummer}}.',
        'Das Rücksendeetikett hängt an dieser Nachricht. Sie können es ausdrucken, auf das Paket kleben und in einer Filiale des Paketdienstes abgeben. Ohne Drucker geht es auch: Zeigen Sie in der Filiale den Code aus dem Anhang auf Ihrem Handy vor.',
        'Sobald das Paket bei uns ist, schicke ich Ihnen eine kurze Bestätigung. Die Erstattung folgt innerhalb von fünf Werktagen nach dem Eingang.',
        SIGN.de,
      ),
    },
    en: {
      title: 'How to return an item',
      shortcut: 'rt-return',
      body: paragraphs(
        HELLO.en,
        'I am glad to help you return your order {{input:Order number}}.',
        'The return label is attached. You can print it, stick it on the parcel and drop it off at any of the carrier’s shops. No printer? Show the code from the attachment on your phone in the shop instead.',
        'As soon as the parcel reaches us, I will send you a short confirmation. The refund follows within five working days of its arrival.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'exchange-size',
    version: 1,
    situation:
      'Exchange for another size (fashion): send the new size first, return label for the old one, help with sizing.',
    moods: ['confusion'],
    tags: ['umtausch', 'größe', 'mode', 'exchange', 'size', 'fashion'],
    de: {
      title: 'Umtausch in eine andere Größe',
      shortcut: 'rk-umtausch',
      body: paragraphs(
        HELLO.de,
        'schade, dass die Größe nicht passt. Gern tauschen wir Ihren Artikel in Größe {{input:Neue Größe}} um.',
        'Ich habe die neue Größe für Sie zurückgelegt und schicke sie am {{date +1bd}} los, ohne auf Ihre Rücksendung zu warten. Das Rücksendeetikett für den ersten Artikel hängt an dieser Nachricht. Bitte schicken Sie ihn bis {{date +10bd}} zurück.',
        'Wenn Sie unsicher sind, welche Größe besser sitzt, schreiben Sie mir Ihre Maße. Ich vergleiche sie gern mit unserer Größentabelle.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Umtausch in eine andere Größe (du)',
      shortcut: 'rk-umtausch-du',
      body: paragraphs(
        HELLO.deDu,
        'schade, dass die Größe nicht passt. Klar tauschen wir dir deinen Artikel in Größe {{input:Neue Größe}} um.',
        'Ich habe die neue Größe für dich zurückgelegt und schicke sie am {{date +1bd}} los, ohne auf deine Rücksendung zu warten. Das Rücksendeetikett für den ersten Artikel findest du im Anhang. Schick ihn bitte bis {{date +10bd}} zurück.',
        'Wenn du unsicher bist, welche Größe besser sitzt, schreib mir deine Maße. Ich vergleiche sie gern mit unserer Größentabelle.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Exchange for another size',
      shortcut: 'rt-exchange',
      body: paragraphs(
        HELLO.en,
        'I’m sorry the size is not right. We are happy to exchange your item for size {{input:New size}}.',
        'I have set the new size aside for you and will send it on {{date +1bd}}, without waiting for your return. The return label for the first item is attached. Please send it back by {{date +10bd}}.',
        'If you are unsure which size will fit better, send me your measurements and I will compare them with our size chart.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'return-received-refund',
    version: 1,
    situation: 'The return has arrived: confirm and say when the refund lands.',
    moods: ['urgency', 'confusion'],
    tags: ['rücksendung', 'eingang', 'erstattung', 'return', 'received', 'refund'],
    de: {
      title: 'Rücksendung angekommen, Erstattung folgt',
      shortcut: 'rk-eingang',
      body: paragraphs(
        HELLO.de,
        'Ihre Rücksendung ist heute bei uns angekommen, danke dafür.',
        'Die Erstattung über {{input:Betrag}} habe ich veranlasst. Sie geht auf Ihre ursprüngliche Zahlungsart und ist voraussichtlich bis {{date +5bd}} auf Ihrem Konto.',
        'Ist sie bis dahin nicht da, antworten Sie auf diese Nachricht. Ich kläre es dann mit unserem Zahlungsdienst.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Return received, refund on its way',
      shortcut: 'rt-received',
      body: paragraphs(
        HELLO.en,
        'Your return reached us today, thank you.',
        'I have issued the refund of {{input:Amount}}. It goes back to your original payment method and should be in your account by {{date +5bd}}.',
        'If it has not arrived by then, reply to this email and I will sort it out with our payment provider.',
        SIGN.en,
      ),
    },
  },
];
