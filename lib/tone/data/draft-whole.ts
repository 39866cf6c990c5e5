import type { ToneLanguage } from '../types';

// Patterns of the text-level draft rules (cant_do, density, greeting, next step), written for
// Tonlage. Regex sources for `rx`.

export const CANT_DO_REWRITE: Record<ToneLanguage, string> = {
  de: ' Stattdessen kann ich Ihnen Folgendes anbieten: ',
  en: ' What I can do instead: ',
};

export const UNFORTUNATELY: Record<ToneLanguage, string> = {
  de: '\\b(?:leider|bedauerlicherweise|unglücklicherweise)\\b\\s?',
  en: '\\b(?:unfortunately|sadly|regrettably)\\b,?\\s?',
};

export const GREETING =
  '^\\s*(?:hallo|hi|hey|hello|dear|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|moin|servus|grüß gott|grüezi|greetings)\\b[^\\n,!]{0,60}[,!]?|^\\s*(?:frau|herr|mrs?|ms|miss|dr)\\.? [A-ZÄÖÜ][^\\n,!]{0,40},';

/** Unfilled template slots: {{betrag}}, {name}, [BESTELLNUMMER], [Name], <Agent name>, XX.XX. */
export const PLACEHOLDER =
  '\\{\\{[^{}\\n]{0,80}\\}\\}|\\{[A-Za-z_]{2,30}\\}|\\[[A-Z0-9ÄÖÜ][A-Z0-9ÄÖÜ _./#-]{1,40}\\](?!\\()|<[A-Z][A-Za-z ]{1,30}>|\\bX{2,}(?:[.:/-]X{2,})+\\.?|\\bXY\\b|\\bTT\\.MM\\.(?:JJJJ)?|\\bDD[./]MM\\b(?:[./]YYYY)?';

/** Words that are written in capitals without shouting. */
export const ACRONYMS = new Set(
  'IBAN SEPA DSGVO GDPR HTML HTTP HTTPS WLAN WIFI FAQ AGB GMBH PDF ASAP NASA UEFI HDMI USB ISBN EAN UPS DHL DPD GLS HERMES TÜV ADAC CEO CFO BIC SWIFT VPN NFC'.split(
    ' ',
  ),
);

/** A date, a time or a time frame ahead (not a policy's "nach 30 Tagen"): enough for a concrete next step. */
export const DATE: Record<ToneLanguage, string> = {
  de: '\\b(?:heute|morgen|übermorgen|bis (?:zum|spätestens)|innerhalb (?:von|der nächsten)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste[nr]? woche|(?:in|binnen) \\d+ (?:werk)?tage?n?|\\d+ stunden)\\b|\\b\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|\\b\\d{1,2}(?::\\d{2})? uhr\\b',
  en: '\\b(?:today|tomorrow|tonight|by (?:the )?end of|within \\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|in (?:the next )?\\d+ (?:business |working )?days?|\\d+ hours?)\\b|\\b\\d{1,2}(?::\\d{2})? ?(?:am|pm)\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b',
};
export const SIGN_OFF =
  '^\\s*(?:viele grüße|mit freundlichen grüßen|freundliche grüße|beste grüße|herzliche grüße|liebe grüße|gruß|lg|best|best wishes|kind regards|regards|warm regards|cheers|thanks|many thanks|sincerely|ihr kundenservice)\\b';
export const NEXT_STEP: Record<ToneLanguage, string> = {
  de: 'Als Nächstes: Ich melde mich bis [Datum] mit dem aktuellen Stand bei Ihnen.\n\n',
  en: "Next step: I'll update you by [Date] with where things stand.\n\n",
};
