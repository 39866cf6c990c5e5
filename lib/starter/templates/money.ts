import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Prices, refunds, invoices, payments and order changes.
// Shortcuts: German `gd-…` (Geld), English `pay-…`.

export const MONEY_TEMPLATES: StarterTemplate[] = [
  {
    id: 'price-drop-after-purchase',
    version: 1,
    situation:
      'The price dropped after purchase: no refund of the difference, said kindly with the reason, and what we can do instead.',
    moods: ['frustration', 'anger'],
    tags: ['preis', 'rabatt', 'aktion', 'price', 'discount', 'sale'],
    de: {
      title: 'Preis nach dem Kauf gesunken',
      shortcut: 'gd-preis',
      body: paragraphs(
        HELLO.de,
        'ich verstehe gut, dass Sie das ärgert: Sie kaufen etwas bei uns, und kurz danach wird es günstiger. Da fühlt man sich schnell, als hätte man zu viel bezahlt.',
        'Bei uns gilt der Preis vom Tag Ihrer Bestellung, deshalb erstatten wir den Unterschied nicht nachträglich. Was ich für Sie tun kann:\n- Ihre Bestellung ist noch im Rückgabezeitraum. Sie können den Artikel bis {{input:Ende der Rückgabefrist}} kostenlos zurückschicken und zum neuen Preis neu bestellen. Das Rücksendeetikett schicke ich Ihnen gern.\n- Oder Sie behalten ihn, und ich schreibe Ihnen einen Gutschein über {{input:Betrag}} für Ihre nächste Bestellung gut.',
        'Sagen Sie mir, was Ihnen lieber ist, dann erledige ich es am selben Tag. Am {{date +3bd}} frage ich sonst noch einmal kurz bei Ihnen nach.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Preis nach dem Kauf gesunken (du)',
      shortcut: 'gd-preis-du',
      body: paragraphs(
        HELLO.deDu,
        'ich verstehe gut, dass dich das ärgert: Du kaufst etwas bei uns, und kurz danach wird es günstiger. Da fühlt man sich schnell, als hätte man zu viel bezahlt.',
        'Bei uns gilt der Preis vom Tag deiner Bestellung, deshalb erstatten wir den Unterschied nicht nachträglich. Was ich für dich tun kann:\n- Deine Bestellung ist noch im Rückgabezeitraum. Du kannst den Artikel bis {{input:Ende der Rückgabefrist}} kostenlos zurückschicken und zum neuen Preis neu bestellen. Das Rücksendeetikett schicke ich dir gern.\n- Oder du behältst ihn, und ich schreibe dir einen Gutschein über {{input:Betrag}} für deine nächste Bestellung gut.',
        'Sag mir, was dir lieber ist, dann erledige ich es am selben Tag. Am {{date +3bd}} frage ich sonst noch einmal kurz bei dir nach.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Price dropped after purchase',
      shortcut: 'pay-price-drop',
      body: paragraphs(
        HELLO.en,
        'I understand why this is annoying: you bought something from us, and shortly afterwards the price went down. It can feel as if you paid too much.',
        'We keep the price from the day of your order, so the difference is not refunded afterwards. Here is what I can do for you:\n- Your order is still within the return period. You can send the item back free of charge until {{input:Return deadline}} and order it again at the new price. I am happy to send you the return label.\n- Or you keep it, and I add a voucher for {{input:Amount}} to your account for your next order.',
        'Let me know which you prefer, and I will take care of it the same day. Otherwise I will check in with you briefly on {{date +3bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'refund-status',
    version: 1,
    situation: 'Where does my refund stand: amount, date issued, when it arrives, and a check on a date.',
    moods: ['frustration', 'urgency', 'confusion'],
    tags: ['erstattung', 'geld', 'zahlung', 'refund', 'money', 'payment'],
    de: {
      title: 'Stand der Erstattung',
      shortcut: 'gd-erstattung',
      body: paragraphs(
        HELLO.de,
        'Sie warten auf Ihr Geld, und ich möchte Ihnen so klar wie möglich sagen, wo es steht.',
        'Ihre Erstattung über {{input:Betrag}} haben wir am {{input:Datum der Erstattung}} veranlasst. Je nach Bank und Zahlungsart dauert es danach drei bis fünf Werktage, bis sie auf Ihrem Konto ist, also voraussichtlich bis {{date +5bd}}.',
        'Den Zahlungsbeleg habe ich Ihnen angehängt. Am {{date +6bd}} schaue ich selbst nach, ob alles angekommen ist. Fehlt dann noch etwas, kläre ich es direkt mit unserem Zahlungsdienst und melde mich bei Ihnen.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Where the refund stands',
      shortcut: 'pay-refund',
      body: paragraphs(
        HELLO.en,
        'You are waiting for your money, and I want to tell you as clearly as I can where it stands.',
        'We issued your refund of {{input:Amount}} on {{input:Refund date}}. Depending on your bank and payment method, it takes three to five working days to reach your account, so it should be there by {{date +5bd}}.',
        'I have attached the payment receipt. On {{date +6bd}} I will check myself that everything has arrived. If anything is still missing then, I will sort it out directly with our payment provider and get back to you.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'invoice-copy',
    version: 1,
    situation: 'The customer asks for a copy of an invoice, possibly with a corrected address.',
    moods: ['confusion'],
    tags: ['rechnung', 'kopie', 'buchhaltung', 'invoice', 'copy', 'billing'],
    de: {
      title: 'Rechnungskopie senden',
      shortcut: 'gd-rechnung',
      body: paragraphs(
        HELLO.de,
        'gern, die Rechnung zu Ihrer Bestellung {{input:Bestellnummer}} hängt an dieser Nachricht.',
        'Soll die Rechnung auf eine andere Adresse oder einen Firmennamen laufen, schreiben Sie mir die gewünschten Angaben. Ich stelle Ihnen dann bis {{date +2bd}} eine korrigierte Rechnung aus.',
        'Alle Rechnungen finden Sie künftig auch in Ihrem Kundenkonto unter „Bestellungen“.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Send a copy of the invoice',
      shortcut: 'pay-invoice',
      body: paragraphs(
        HELLO.en,
        'Here you are: the invoice for your order {{input:Order number}} is attached to this email.',
        'If the invoice should show a different address or a company name, send me the details and I will issue a corrected invoice by {{date +2bd}}.',
        'You can also find all your invoices in your account under "Orders".',
        SIGN.en,
      ),
    },
  },
  {
    id: 'payment-double-charge',
    version: 1,
    situation: 'The customer was charged twice: apologise, explain, refund the duplicate with a date.',
    moods: ['anger', 'urgency', 'confusion'],
    tags: ['zahlung', 'doppelt', 'abbuchung', 'payment', 'double-charge', 'refund'],
    de: {
      title: 'Doppelt abgebucht',
      shortcut: 'gd-doppelt',
      body: paragraphs(
        HELLO.de,
        'es tut mir leid, dass Ihnen der Betrag doppelt abgebucht wurde. Das ist ein Schreck, wenn man auf den Kontoauszug schaut.',
        'Ich habe nachgesehen, was passiert ist: {{cursor}}',
        'Die doppelte Zahlung über {{input:Betrag}} habe ich heute zurücküberwiesen. Je nach Bank ist sie bis {{date +5bd}} wieder auf Ihrem Konto. Am Tag danach schaue ich noch einmal nach und melde mich bei Ihnen.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Charged twice',
      shortcut: 'pay-double',
      body: paragraphs(
        HELLO.en,
        'I’m sorry you were charged twice. That is a shock when you look at your bank statement.',
        'I have looked into what happened: {{cursor}}',
        'I refunded the duplicate payment of {{input:Amount}} today. Depending on your bank, it will be back in your account by {{date +5bd}}. I will check again the day after and get back to you.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'voucher-not-working',
    version: 1,
    situation: 'A voucher or discount code did not work at checkout: explain and apply the discount afterwards.',
    moods: ['frustration', 'confusion'],
    tags: ['gutschein', 'rabattcode', 'kasse', 'voucher', 'discount-code', 'checkout'],
    de: {
      title: 'Gutscheincode hat nicht funktioniert',
      shortcut: 'gd-gutschein',
      body: paragraphs(
        HELLO.de,
        'ärgerlich, wenn man sich auf einen Rabatt freut und der Code an der Kasse nicht greift. Danke, dass Sie sich gemeldet haben.',
        'Ich habe mir den Code {{input:Gutscheincode}} angesehen: {{cursor}}',
        'Den Rabatt habe ich für Ihre Bestellung {{input:Bestellnummer}} nachträglich abgezogen. Die Differenz ist bis {{date +5bd}} auf Ihrem Konto.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Gutscheincode hat nicht funktioniert (du)',
      shortcut: 'gd-gutschein-du',
      body: paragraphs(
        HELLO.deDu,
        'ärgerlich, wenn man sich auf einen Rabatt freut und der Code an der Kasse nicht greift. Danke, dass du dich gemeldet hast.',
        'Ich habe mir den Code {{input:Gutscheincode}} angesehen: {{cursor}}',
        'Den Rabatt habe ich für deine Bestellung {{input:Bestellnummer}} nachträglich abgezogen. Die Differenz ist bis {{date +5bd}} auf deinem Konto.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Voucher code did not work',
      shortcut: 'pay-voucher',
      body: paragraphs(
        HELLO.en,
        'It is annoying when you are looking forward to a discount and the code does not work at checkout. Thank you for letting us know.',
        'I have looked at the code {{input:Voucher code}}: {{cursor}}',
        'I have applied the discount to your order {{input:Order number}} afterwards. The difference will be back in your account by {{date +5bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'payment-failed',
    version: 1,
    situation:
      'The payment did not go through and the order is on hold: hold it, send a payment link, say what happens next.',
    moods: ['confusion', 'urgency'],
    tags: ['zahlung', 'fehlgeschlagen', 'bestellung', 'payment', 'failed', 'order'],
    de: {
      title: 'Zahlung nicht durchgegangen',
      shortcut: 'gd-zahlung',
      body: paragraphs(
        HELLO.de,
        'Ihre Bestellung {{input:Bestellnummer}} ist bei uns angekommen, die Zahlung ist aber nicht durchgegangen. Den Grund zeigt uns der Zahlungsdienst nicht an. Häufig steckt ein Kartenlimit oder eine Sicherheitsabfrage der Bank dahinter.',
        'Ich halte Ihre Bestellung bis {{date +3bd}} für Sie zurück. Über diesen Link können Sie die Zahlung neu anstoßen oder eine andere Zahlungsart wählen: {{input:Zahlungslink}}',
        'Sobald die Zahlung da ist, verschicken wir Ihre Bestellung am nächsten Werktag. Klappt es wieder nicht, antworten Sie mir, dann finden wir gemeinsam einen anderen Weg.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Payment did not go through',
      shortcut: 'pay-failed',
      body: paragraphs(
        HELLO.en,
        'Your order {{input:Order number}} has reached us, but the payment did not go through. Our payment provider does not show us the reason. Often it is a card limit or a security check by the bank.',
        'I am holding your order for you until {{date +3bd}}. You can retry the payment or choose another payment method here: {{input:Payment link}}',
        'As soon as the payment is through, we will ship your order on the next working day. If it fails again, reply to me and we will find another way together.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'order-cancellation',
    version: 1,
    situation: 'The customer cancels an order before it ships: confirm, refund with a date.',
    moods: ['urgency', 'cancellation'],
    tags: ['bestellung', 'stornierung', 'erstattung', 'order', 'cancel-order', 'refund'],
    de: {
      title: 'Bestellung stornieren',
      shortcut: 'gd-storno',
      body: paragraphs(
        HELLO.de,
        'gern, Ihre Bestellung {{input:Bestellnummer}} ist storniert. Sie war noch nicht verschickt, von Ihrer Seite ist also nichts weiter zu tun.',
        'Den Betrag von {{input:Betrag}} erstatten wir auf Ihre ursprüngliche Zahlungsart. Er ist bis {{date +5bd}} wieder auf Ihrem Konto. Die Stornobestätigung bekommen Sie heute per E-Mail.',
        'Wenn Sie stattdessen etwas anderes suchen, helfe ich Ihnen gern bei der Auswahl.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Cancel an order',
      shortcut: 'pay-cancel-order',
      body: paragraphs(
        HELLO.en,
        'Done: your order {{input:Order number}} is cancelled. It had not shipped yet, so there is nothing more for you to do.',
        'We are refunding {{input:Amount}} to your original payment method, and it will be back in your account by {{date +5bd}}. You will get the cancellation confirmation by email today.',
        'If you are looking for something else instead, I am happy to help you choose.',
        SIGN.en,
      ),
    },
  },
];
