import type { StarterTemplate } from '../types';
import { HELLO, paragraphs, SIGN } from './text';

// Parcels late, lost, damaged or wrong; stock and addresses.
// Shortcuts: German `vs-…` (Versand), English `dl-…` (delivery).

export const DELIVERY_TEMPLATES: StarterTemplate[] = [
  {
    id: 'delivery-carrier-delay',
    version: 1,
    situation:
      'The parcel is late at the carrier: acknowledge, give the new delivery day, check again and offer replacement or refund.',
    moods: ['frustration', 'urgency'],
    tags: ['versand', 'lieferung', 'paketdienst', 'verspätung', 'delivery', 'carrier', 'delay'],
    de: {
      title: 'Lieferung verspätet sich beim Paketdienst',
      shortcut: 'vs-verzug',
      body: paragraphs(
        HELLO.de,
        'Sie warten auf Ihre Bestellung {{input:Bestellnummer}}, und sie ist noch nicht da. Das ist ärgerlich, vor allem wenn Sie fest damit gerechnet haben.',
        'Ich habe nachgesehen: Das Paket hat unser Lager verlassen und ist beim Paketdienst, der später zustellt als geplant. Als neuen Liefertag nennt der Paketdienst {{date +2bd}}. Hier können Sie die Sendung verfolgen: {{input:Link zur Sendungsverfolgung}}',
        'Am {{date +3bd}} schaue ich noch einmal nach. Ist das Paket dann nicht bei Ihnen, schicke ich Ihnen Ersatz oder erstatte den Betrag, ganz wie Sie möchten.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Lieferung verspätet sich beim Paketdienst (du)',
      shortcut: 'vs-verzug-du',
      body: paragraphs(
        HELLO.deDu,
        'du wartest auf deine Bestellung {{input:Bestellnummer}}, und sie ist noch nicht da. Das nervt, vor allem wenn du fest damit gerechnet hast.',
        'Ich habe nachgesehen: Das Paket hat unser Lager verlassen und ist beim Paketdienst, der später zustellt als geplant. Als neuen Liefertag nennt der Paketdienst {{date +2bd}}. Hier kannst du die Sendung verfolgen: {{input:Link zur Sendungsverfolgung}}',
        'Am {{date +3bd}} schaue ich noch einmal nach. Ist das Paket dann nicht bei dir, schicke ich dir Ersatz oder erstatte dir den Betrag, wie du möchtest.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Delivery delayed by the carrier',
      shortcut: 'dl-delay',
      body: paragraphs(
        HELLO.en,
        'You are waiting for order {{input:Order number}} and it still has not arrived. That is frustrating, especially when you were counting on it.',
        'I have checked: the parcel has left our warehouse and is with the carrier, who is running later than planned. The carrier now expects to deliver it on {{date +2bd}}. You can follow it here: {{input:Tracking link}}',
        'I will check again on {{date +3bd}}. If the parcel has not reached you by then, I will send a replacement or refund you, whichever you prefer.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-holiday-peak',
    version: 1,
    situation:
      'Orders take longer in the holiday peak: explain without excuses, give the dispatch date, help when the date matters.',
    moods: ['urgency', 'frustration'],
    tags: ['versand', 'weihnachten', 'hochsaison', 'delivery', 'holiday', 'peak'],
    de: {
      title: 'Verzögerung in der Weihnachtszeit',
      shortcut: 'vs-saison',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Geduld. In den Wochen vor den Feiertagen ist bei uns und bei den Paketdiensten besonders viel los, deshalb braucht Ihre Bestellung {{input:Bestellnummer}} länger als gewohnt. Es tut mir leid, gerade jetzt, wo Sie damit planen.',
        'Ihre Bestellung wird am {{date +1bd}} verpackt und verschickt. Danach braucht der Paketdienst in der Regel zwei bis drei Werktage.',
        'Wenn es ein Geschenk ist und der Termin zählt, schreiben Sie mir bis {{date +2bd}}. Dann schauen wir gemeinsam, ob ein schnellerer Versand oder ein Gutschein zum Verschenken besser passt.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Verzögerung in der Weihnachtszeit (du)',
      shortcut: 'vs-saison-du',
      body: paragraphs(
        HELLO.deDu,
        'danke für deine Geduld. In den Wochen vor den Feiertagen ist bei uns und bei den Paketdiensten besonders viel los, deshalb braucht deine Bestellung {{input:Bestellnummer}} länger als gewohnt. Es tut mir leid, gerade jetzt, wo du damit planst.',
        'Deine Bestellung wird am {{date +1bd}} verpackt und verschickt. Danach braucht der Paketdienst in der Regel zwei bis drei Werktage.',
        'Wenn es ein Geschenk ist und der Termin zählt, schreib mir bis {{date +2bd}}. Dann schauen wir gemeinsam, ob ein schnellerer Versand oder ein Gutschein zum Verschenken besser passt.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Delay in the holiday peak',
      shortcut: 'dl-peak',
      body: paragraphs(
        HELLO.en,
        'Thank you for your patience. In the weeks before the holidays, we and the carriers are busier than at any other time of year, so your order {{input:Order number}} is taking longer than usual. I’m sorry, especially now when you are planning around it.',
        'Your order will be packed and sent on {{date +1bd}}. After that, the carrier usually takes two to three working days.',
        'If it is a gift and the date matters, let me know by {{date +2bd}}. We can then look together at faster shipping or a gift voucher to give in the meantime.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'out-of-stock-alternative',
    version: 1,
    situation: 'The ordered item is out of stock: give the restock date, offer an alternative, or cancel and refund.',
    moods: ['frustration', 'urgency'],
    tags: ['lager', 'ausverkauft', 'alternative', 'stock', 'sold-out'],
    de: {
      title: 'Artikel ausverkauft: Termin und Alternative',
      shortcut: 'vs-ausverkauft',
      body: paragraphs(
        HELLO.de,
        'danke für Ihre Bestellung. Der Artikel {{input:Artikelname}} ist gerade ausverkauft, und ich weiß, dass Sie damit gerechnet haben.',
        'Unser Lager erwartet die nächste Lieferung am {{date +10bd}}. Für Sie gibt es zwei Wege:\n1. Sie warten auf die neue Lieferung. Ich reserviere Ihnen ein Exemplar, und es geht am Tag des Eingangs an Sie raus.\n2. Sie nehmen stattdessen den Artikel {{input:Alternativer Artikel}}. Er ist vorrätig und geht innerhalb eines Werktags an Sie raus.',
        'Passt keins von beiden, storniere ich die Bestellung und erstatte Ihnen den vollen Betrag. Schreiben Sie mir kurz, was Ihnen lieber ist. Bis {{date +2bd}} halte ich alles für Sie bereit.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Artikel ausverkauft: Termin und Alternative (du)',
      shortcut: 'vs-ausverkauft-du',
      body: paragraphs(
        HELLO.deDu,
        'danke für deine Bestellung. Der Artikel {{input:Artikelname}} ist gerade ausverkauft, und ich weiß, dass du dich darauf gefreut hast.',
        'Unser Lager erwartet die nächste Lieferung am {{date +10bd}}. Du hast zwei Möglichkeiten:\n1. Du wartest auf die neue Lieferung. Ich reserviere dir ein Exemplar, und es geht am Tag des Eingangs an dich raus.\n2. Du nimmst stattdessen den Artikel {{input:Alternativer Artikel}}. Er ist vorrätig und geht innerhalb eines Werktags an dich raus.',
        'Passt keins von beiden, storniere ich die Bestellung und erstatte dir den vollen Betrag. Schreib mir kurz, was dir lieber ist. Bis {{date +2bd}} halte ich alles für dich bereit.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Out of stock: restock date and an alternative',
      shortcut: 'dl-stock',
      body: paragraphs(
        HELLO.en,
        'Thank you for your order. The {{input:Item}} is sold out at the moment, and I know you were counting on it.',
        'Our warehouse expects the next delivery on {{date +10bd}}. You have two options:\n1. Wait for the new stock. I will reserve one for you and send it out the day it arrives.\n2. Take the {{input:Alternative item}} instead. It is in stock and leaves our warehouse within one working day.',
        'If neither suits you, I will cancel the order and refund you in full. Let me know what you prefer. I am holding everything for you until {{date +2bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-damaged-parcel',
    version: 1,
    situation: 'The parcel arrived damaged: send a replacement first, photos only help us with the carrier claim.',
    moods: ['frustration', 'anger'],
    tags: ['versand', 'beschädigt', 'ersatz', 'delivery', 'damaged', 'replacement'],
    de: {
      title: 'Paket beschädigt angekommen',
      shortcut: 'vs-beschaedigt',
      body: paragraphs(
        HELLO.de,
        'es tut mir leid, dass Ihr Paket beschädigt angekommen ist. Sie haben sich auf die Bestellung gefreut, und dann das.',
        'Ich schicke Ihnen am {{date +1bd}} einen Ersatz, die Sendungsnummer bekommen Sie dann per E-Mail. Den beschädigten Artikel brauchen Sie nicht zurückzuschicken.',
        'Wenn Sie mögen, schicken Sie mir zwei Fotos, eins vom Karton und eins vom Artikel. Damit melde ich den Schaden beim Paketdienst. Für Ihren Ersatz ist das nicht nötig.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Paket beschädigt angekommen (du)',
      shortcut: 'vs-beschaedigt-du',
      body: paragraphs(
        HELLO.deDu,
        'es tut mir leid, dass dein Paket beschädigt angekommen ist. Du hast dich auf die Bestellung gefreut, und dann das.',
        'Ich schicke dir am {{date +1bd}} einen Ersatz, die Sendungsnummer bekommst du dann per E-Mail. Den beschädigten Artikel brauchst du nicht zurückzuschicken.',
        'Wenn du magst, schick mir zwei Fotos, eins vom Karton und eins vom Artikel. Damit melde ich den Schaden beim Paketdienst. Für deinen Ersatz ist das nicht nötig.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Parcel arrived damaged',
      shortcut: 'dl-damaged',
      body: paragraphs(
        HELLO.en,
        'I’m sorry your parcel arrived damaged. You were looking forward to your order, and then this.',
        'I am sending you a replacement on {{date +1bd}}, and you will get the tracking number by email. There is no need to send the damaged item back.',
        'If you like, send me two photos, one of the box and one of the item. I will use them to report the damage to the carrier. Your replacement does not depend on them.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-wrong-item',
    version: 1,
    situation: 'A wrong item was delivered: our packing mistake, send the right one, free return label.',
    moods: ['frustration', 'confusion'],
    tags: ['versand', 'falscher-artikel', 'umtausch', 'delivery', 'wrong-item', 'exchange'],
    de: {
      title: 'Falscher Artikel geliefert',
      shortcut: 'vs-falsch',
      body: paragraphs(
        HELLO.de,
        'bei Ihnen ist ein anderer Artikel angekommen als der, den Sie bestellt haben. Das ist beim Packen bei uns schiefgegangen, und es tut mir leid.',
        'Den richtigen Artikel schicke ich Ihnen am {{date +1bd}}, die Sendungsnummer folgt per E-Mail.',
        'Für den falschen Artikel hängt ein kostenloses Rücksendeetikett an dieser Nachricht. Schicken Sie ihn zurück, wann es Ihnen passt. Sie haben dafür bis {{date +10bd}} Zeit.',
        SIGN.de,
      ),
    },
    deDu: {
      title: 'Falscher Artikel geliefert (du)',
      shortcut: 'vs-falsch-du',
      body: paragraphs(
        HELLO.deDu,
        'bei dir ist ein anderer Artikel angekommen als der, den du bestellt hast. Das ist beim Packen bei uns schiefgegangen, und es tut mir leid.',
        'Den richtigen Artikel schicke ich dir am {{date +1bd}}, die Sendungsnummer folgt per E-Mail.',
        'Für den falschen Artikel hängt ein kostenloses Rücksendeetikett an dieser Nachricht. Schick ihn zurück, wann es dir passt. Du hast dafür bis {{date +10bd}} Zeit.',
        SIGN.deDu,
      ),
    },
    en: {
      title: 'Wrong item delivered',
      shortcut: 'dl-wrong',
      body: paragraphs(
        HELLO.en,
        'You received a different item from the one you ordered. That was a packing mistake on our side, and I’m sorry.',
        'I am sending you the right item on {{date +1bd}}, and the tracking number will follow by email.',
        'A free return label for the wrong item is attached. Send it back whenever it suits you, any time until {{date +10bd}}.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-missing-part',
    version: 1,
    situation: 'Something is missing from the parcel: send it on free of charge with a dispatch date.',
    moods: ['frustration', 'confusion'],
    tags: ['versand', 'unvollständig', 'nachlieferung', 'delivery', 'missing-item'],
    de: {
      title: 'Teil fehlt im Paket',
      shortcut: 'vs-fehlt',
      body: paragraphs(
        HELLO.de,
        'in Ihrem Paket fehlt etwas: {{input:Fehlender Artikel}}. Das ist ärgerlich, vor allem wenn Sie gleich loslegen wollten.',
        'Ich schicke Ihnen das fehlende Teil am {{date +1bd}} nach, ohne Kosten für Sie. Sobald es unterwegs ist, bekommen Sie die Sendungsnummer von mir.',
        'Falls noch etwas fehlt oder nicht passt, antworten Sie auf diese Nachricht. Dann packen wir es mit ins selbe Paket.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Something missing from the parcel',
      shortcut: 'dl-missing',
      body: paragraphs(
        HELLO.en,
        'Something was missing from your parcel: {{input:Missing item}}. That is annoying, especially when you wanted to get started.',
        'I am sending the missing part on {{date +1bd}}, at no cost to you. As soon as it is on its way, I will send you the tracking number.',
        'If anything else is missing or not right, reply to this email and we will put it in the same parcel.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-marked-delivered-not-received',
    version: 1,
    situation:
      'Tracking says delivered but the customer has nothing: believe them, open an investigation, promise replacement or refund by a date.',
    moods: ['anger', 'frustration', 'confusion'],
    tags: ['versand', 'zugestellt', 'nachforschung', 'delivery', 'not-received', 'investigation'],
    de: {
      title: 'Als zugestellt gemeldet, aber nicht angekommen',
      shortcut: 'vs-nicht-erhalten',
      body: paragraphs(
        HELLO.de,
        'der Paketdienst meldet Ihre Bestellung {{input:Bestellnummer}} als zugestellt, bei Ihnen ist sie aber nicht angekommen. Das ist beunruhigend, und ich kümmere mich darum.',
        'Ich habe heute einen Nachforschungsauftrag beim Paketdienst gestartet. Bis {{date +5bd}} melde ich mich mit dem Ergebnis. Taucht das Paket bis dahin nicht auf, schicke ich Ihnen Ersatz oder erstatte den Betrag, wie Sie möchten.',
        'Manchmal nimmt ein Nachbar ein Paket an, oder der Paketdienst legt es an einem Ablageort ab. Falls es dort auftaucht, geben Sie mir kurz Bescheid, dann stoppe ich die Nachforschung.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Marked as delivered but not received',
      shortcut: 'dl-not-received',
      body: paragraphs(
        HELLO.en,
        'The carrier shows your order {{input:Order number}} as delivered, but it has not reached you. That is worrying, and I am on it.',
        'I have opened an investigation with the carrier today. I will get back to you with the result by {{date +5bd}}. If the parcel has not turned up by then, I will send a replacement or refund you, whichever you prefer.',
        'Sometimes a neighbour takes a parcel in, or the driver leaves it in a safe place. If it turns up there, let me know and I will stop the investigation.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'delivery-address-change',
    version: 1,
    situation: 'The customer asks to change the delivery address before dispatch.',
    moods: ['urgency'],
    tags: ['versand', 'adresse', 'änderung', 'delivery', 'address', 'change'],
    de: {
      title: 'Lieferadresse ändern',
      shortcut: 'vs-adresse',
      body: paragraphs(
        HELLO.de,
        'gern ändere ich die Lieferadresse für Ihre Bestellung {{input:Bestellnummer}}. Die neue Adresse lautet:',
        '{{input:Neue Adresse}}',
        'Ich habe sie eingetragen, und Ihre Bestellung geht wie geplant an diese Adresse. Falls darin noch etwas korrigiert werden soll, antworten Sie mir bis {{date +1bd}}. Dann ändere ich es vor dem Versand.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Change of delivery address',
      shortcut: 'dl-address',
      body: paragraphs(
        HELLO.en,
        'Happy to change the delivery address for your order {{input:Order number}}. The new address is:',
        '{{input:New address}}',
        'I have updated it, and your order will go to this address as planned. If anything in it needs correcting, reply by {{date +1bd}} and I will change it before the parcel ships.',
        SIGN.en,
      ),
    },
  },
  {
    id: 'urgent-fixed-date',
    version: 1,
    situation:
      'The customer needs the order by a fixed date (event, gift): do what we can, say what is realistic, check on the day.',
    moods: ['urgency'],
    tags: ['versand', 'eilig', 'express', 'termin', 'delivery', 'urgent', 'deadline'],
    de: {
      title: 'Eilige Bestellung für einen festen Termin',
      shortcut: 'vs-eilig',
      body: paragraphs(
        HELLO.de,
        'ich sehe, dass Sie Ihre Bestellung bis {{input:Termin}} brauchen, und ich tue, was ich kann, damit es klappt.',
        'Ich habe Ihre Bestellung heute im Lager als dringend markiert und auf Expressversand umgestellt, ohne Aufpreis für Sie. Laut Paketdienst soll sie am {{date +2bd}} bei Ihnen sein.',
        'Die Sendungsnummer schicke ich Ihnen, sobald das Paket unterwegs ist. Am {{date +2bd}} schaue ich morgens selbst in die Sendungsverfolgung und melde mich, falls sich etwas verschiebt.',
        SIGN.de,
      ),
    },
    en: {
      title: 'Urgent order for a fixed date',
      shortcut: 'dl-urgent',
      body: paragraphs(
        HELLO.en,
        'I can see you need your order by {{input:Date needed}}, and I am doing what I can to make that happen.',
        'I have flagged your order as urgent in our warehouse today and switched it to express shipping at no extra cost. The carrier expects to deliver it on {{date +2bd}}.',
        'I will send you the tracking number as soon as the parcel is on its way. On the morning of {{date +2bd}} I will check the tracking myself and let you know if anything changes.',
        SIGN.en,
      ),
    },
  },
];
