import type { ToneLanguage } from '../types';

// Patterns of the text-level draft rules (cant_do, density, greeting, next step), written for
// Tonlage. Regex sources for `rx`.

export const CANT_DO: Record<ToneLanguage, string> = {
  de: '\\b(?:können|kann) (?:wir|ich)\\b[^.!?\\n,]{0,40}\\bnicht\\b|\\b(?:ist|sind) (?:leider )?(?:nicht|kein\\w*) (?:möglich|machbar)\\b|\\bnicht möglich\\b|\\bgeht (?:leider )?nicht\\b',
  en: "\\b(?:we|I) (?:can't|cannot|can not|are unable to|am unable to|won't be able to)\\b|\\bnot possible\\b|\\bunable to\\b",
};
/** A refusal inside a condition ("…, sonst können wir …") is not a can't-do. */
export const CONDITION: Record<ToneLanguage, string> = {
  de: '\\b(?:sonst|andernfalls|wenn|falls|bevor)\\b',
  en: '\\b(?:otherwise|or we|or I|if|unless|before)\\b',
};
export const ALTERNATIVE: Record<ToneLanguage, string> = {
  de: '\\b(?:aber|stattdessen|alternativ\\w*|jedoch|gerne?|anbieten|biete|vorschlagen|schlage|Ausgleich|trotzdem)\\b',
  en: '\\b(?:but|instead|alternatively|however|what I can do|offer|suggest|happy to|glad to|I can)\\b',
};
export const CANT_DO_REWRITE: Record<ToneLanguage, string> = {
  de: ' Stattdessen kann ich Ihnen Folgendes anbieten: ',
  en: ' What I can do instead: ',
};

export const UNFORTUNATELY: Record<ToneLanguage, string> = {
  de: '\\b(?:leider|bedauerlicherweise|unglücklicherweise)\\b\\s?',
  en: '\\b(?:unfortunately|sadly|regrettably)\\b,?\\s?',
};

export const GREETING =
  '^\\s*(?:hallo|hi|hey|hello|dear|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|moin|servus|grüß gott|grüezi|greetings)\\b[^\\n,!]{0,60}[,!]?';

export const PLACEHOLDER =
  '\\{\\{[^{}\\n]{0,80}\\}\\}|\\[(?:Name|Vorname|Nachname|Datum|Date|Kundenname|Customer name|First name|XX+)\\]';

/** Words that are written in capitals without shouting. */
export const ACRONYMS = new Set(
  'IBAN SEPA DSGVO GDPR HTML HTTP HTTPS WLAN WIFI FAQ AGB GMBH PDF ASAP NASA UEFI HDMI USB ISBN EAN UPS DHL DPD GLS HERMES TÜV ADAC CEO CFO BIC SWIFT VPN NFC'.split(
    ' ',
  ),
);

/** A date, a time or a time frame: enough for a concrete next step. */
export const DATE: Record<ToneLanguage, string> = {
  de: '\\b(?:heute|morgen|übermorgen|bis (?:zum|spätestens)|innerhalb (?:von|der nächsten)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste[nr]? woche|\\d+ (?:werk)?tage?n?|\\d+ stunden)\\b|\\b\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|\\b\\d{1,2}(?::\\d{2})? uhr\\b',
  en: '\\b(?:today|tomorrow|tonight|by (?:the )?end of|within \\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|\\d+ (?:business |working )?days?|\\d+ hours?)\\b|\\b\\d{1,2}(?::\\d{2})? ?(?:am|pm)\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b',
};
/**
 * What else tells the customer what happens next (issue #14): an attachment, a promise in the
 * first person, a request to the customer, an offer of a choice, an invitation to reply, an
 * outcome already reached ("ist gelöscht", "has been cancelled").
 */
export const FOLLOW_UP: Record<ToneLanguage, string> = {
  de: '\\b(?:im Anhang|angehängt\\w*|anbei|liegt bei|beigefügt\\w*|unten|Link)\\b|\\b(?:ich|wir) (?:werde|werden|melde|melden|schicke|schicken|prüfe|prüfen|erstatte|erstatten|kümmere|kümmern|rufe|rufen|tausche|tauschen|sende|senden|buche|buchen|lasse|lassen|bearbeiten|bearbeite)\\b|\\b(?:melde|prüfe|erstatte|schicke|sende|tausche|rufe|buche|überweise|bearbeiten|prüfen|erstatten|schicken|senden|tauschen|überweisen) (?:ich|wir)\\b|\\bsobald\\b|\\bmelden Sie sich\\b|\\bwenn Sie möchten\\b|\\b(?:bitte|einfach) (?:senden|schicken|wenden|füllen|teilen|geben|antworten)\\b|\\bSie (?:bekommen|erhalten|finden|sehen)\\b|\\b(?:ist|sind) (?:\\w+ ){0,2}unterwegs\\b|\\b(?:wurde|wurden|ist|sind) (?:\\w+ ){0,3}(?:gelöscht|storniert|geschlossen|erstattet|beendet|registriert|veranlasst|freigeschaltet|hinterlegt|rückgängig gemacht|umgeschrieben|ausgelöst)\\b|\\bhaben wir\\b|\\b(?:geht|gehen) (?:\\w+ ){0,3}raus\\b|\\b(?:Möglichkeiten|Optionen|entweder|lieber)\\b',
  en: "\\b(?:attached|enclosed|below|link)\\b|\\b(?:I'll|we'll|I will|we will|I'm|we're)\\b|\\b(?:let me know|just reply|feel free|if you like|if you'd like|get in touch|you'll (?:receive|hear|get|find|see))\\b|\\bonce\\b|\\b(?:please|just) (?:send|contact|complete|fill|reply|provide|choose)\\b|\\b(?:has|have) been\\b|\\bis on its way\\b|\\b(?:options?|choose|prefer)\\b|\\b(?:I've|we've)\\b",
};
/** An action already taken: also a concrete next step. */
export const DONE: Record<ToneLanguage, string> = {
  de: '\\b(?:habe|haben)\\b[^.!?\\n]{0,60}\\b(?:veranlasst|gebucht|bestellt|geschickt|verschickt|erstattet|storniert|beendet|weitergeleitet|weitergegeben|gestartet|eröffnet|angewiesen|gutgeschrieben|eingeleitet|geändert)\\b',
  en: "\\b(?:I|we)(?:'ve| have)\\b[^.!?\\n]{0,60}\\b(?:sent|booked|ordered|refunded|issued|cancelled|escalated|passed|opened|arranged|credited|added|changed|started)\\b",
};
export const SIGN_OFF =
  '^\\s*(?:viele grüße|mit freundlichen grüßen|freundliche grüße|beste grüße|herzliche grüße|liebe grüße|gruß|lg|best|best wishes|kind regards|regards|warm regards|cheers|thanks|many thanks|sincerely|ihr kundenservice)\\b';
export const NEXT_STEP: Record<ToneLanguage, string> = {
  de: 'Als Nächstes: Ich melde mich bis [Datum] mit dem aktuellen Stand bei Ihnen.\n\n',
  en: "Next step: I'll update you by [Date] with where things stand.\n\n",
};
