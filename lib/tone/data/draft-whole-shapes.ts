import type { ToneLanguage } from '../types';

// Token shapes (lib/tone/matcher.ts) for the whole-text rules `cant_do` and `no_next_step`
// (issue #14): what a refusal looks like, what counts as an alternative after it, and what
// tells an upset customer what happens next — an action done or announced, an attachment, a
// request, a choice, an invitation to reply, a result.

const DONE_DE =
  'veranlasst|gebucht|bestellt|geschickt|verschickt|zugeschickt|erstattet|storniert|beendet|gekündigt|weitergeleitet|weitergegeben|gestartet|eröffnet|angewiesen|überwiesen|zurücküberwiesen|gutgeschrieben|eingeleitet|geändert|korrigiert|berichtigt|aktualisiert|gelöscht|entfernt|geschlossen|freigeschaltet|reserviert|hinterlegt|angelegt|eingetragen|umgestellt|umgebucht|aufgehoben|zurückgenommen|gestoppt|ausgesetzt|erlassen|angepasst|beauftragt|ausgetauscht|getauscht|repariert|versendet|versandt|ausgestellt|angehängt|beigefügt|registriert|erfasst|bestätigt|aktiviert|deaktiviert|verlängert|zurückgesetzt|rückgängig|umgeschrieben|gespeichert|ausgelöst|eingeplant|angemeldet|abgeschlossen|erledigt|gesperrt|entsperrt|eingerichtet|vorgemerkt|gesendet|zurückgegangen|verbucht|gutgeschrieben|ersetzt|nachgeliefert|zugestellt|abgeholt|beantragt|bewilligt|genehmigt|gewährt|übernommen';
const DONE_EN =
  'sent|booked|ordered|refunded|issued|cancelled|canceled|escalated|passed|opened|arranged|credited|added|changed|started|reversed|corrected|updated|deleted|removed|closed|unlocked|reserved|reset|waived|stopped|paused|extended|replaced|repaired|dispatched|shipped|registered|logged|confirmed|activated|approved|processed|applied|upgraded|attached|forwarded|scheduled|raised|lodged|filed|released|saved|ended|granted|authorised|authorized|transferred|returned|restored|fixed|resolved|completed|set|put|moved|rebooked|exchanged|collected|blocked|frozen|cleared|paid|covered|sorted|handled';

export const NEXT_STEP_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'anhang|angehängt*|anbei|beigefügt*|beiliegend*|link|unten|pdf|formular',
    'liegt|liegen ..4 bei',
    'hängt|hängen ..4 an',
    'ich|wir ..1 werde|werden|melde|melden|schicke|schicken|prüfe|prüfen|erstatte|erstatten|kümmere|kümmern|rufe|rufen|tausche|tauschen|sende|senden|buche|buchen|lasse|lassen|bearbeite|bearbeiten|leite|leiten|überweise|überweisen|informiere|informieren|kläre|klären|storniere|stornieren|reserviere|reservieren|veranlasse|veranlassen|kontaktiere|kontaktieren|übernehme|übernehmen|sorge|sorgen|schalte|schalten|halte|halten',
    'melde|prüfe|erstatte|schicke|sende|tausche|rufe|buche|überweise|bearbeiten|prüfen|erstatten|schicken|senden|tauschen|überweisen|leiten|leite|kümmere|kümmern|kläre|klären|reserviere|storniere|halte|halten ich|wir',
    `habe|haben|hat|ist|sind|wurde|wurden|wird|werden ..8 ${DONE_DE}`,
    '*en =Sie',
    '=Sie klicken|tippen|öffnen|wählen|gehen|finden|erhalten|bekommen|sehen|können|drucken|loggen|geben|erstellen|laden|scannen|nutzen',
    'ich|wir ..1 habe|haben|hab ..8 ge*|*iert|ange*|abge*|aufge*|ausge*|einge*|zurückge*|weiterge*|umge*|freige*|gutge*|hinzuge*|nachge*|vorge*|zuge*|beige*|festge*|bereitge*',
    'drucken|kleben|schicken|senden|teilen|geben|nennen|füllen|antworten|rufen|melden|klicken|wählen|öffnen|loggen|prüfen|bestätigen|laden|legen|bringen|behalten|nutzen|verwenden|scannen|schreiben|sagen|lassen|buchen|nehmen|folgen|gehen|tippen|starten|aktivieren|stellen|schauen|spenden|werfen =Sie',
    'bitte ..4 *en',
    'einfach ..3 *en',
    'melden =Sie sich',
    'antworten =Sie',
    'wenn|falls|sofern =Sie ..2 möchten|mögen|wünschen|wollen|lust',
    'möchten|wünschen|sollen =Sie',
    '=Sie ..2 bekommen|erhalten|finden|sehen|können',
    'benötigen|brauchen ..1 wir|ich',
    'wir|ich ..1 benötigen|brauchen',
    'dann ..2 werde|werden ..1 ich|wir',
    'entweder ..12 oder',
    'unterwegs|sobald|möglichkeiten|optionen|lieber|wahl|wählen|in_kürze|zeitnah|schnellstmöglich',
    'geht|gehen|ging|gingen ..4 raus|hinaus|heraus|zurück',
    'diese|dieser|kommende|kommenden ..1 woche|tage|tagen',
    // A state the agent brought about: "Die Ersatzkarten sind ab sofort in Ihrem Kundenkonto".
    'ist|sind|liegt|liegen|steht|stehen ..4 ab_sofort|jetzt|nun|bereits ..4 in|im|auf|für',
    // What will happen, said of the thing: "kommt in etwa zwei Wochen", "wird erstellt".
    'kommt|kommen|erscheint|erscheinen|folgt|folgen ..3 in|bis|am|morgen|übermorgen|nächste|nächsten|voraussichtlich|spätestens|innerhalb',
    'wird|werden ..6 erstellt|ausgezahlt|zugestellt|geliefert|verrechnet|abgezogen|abgebucht|nachgeholt|getauscht|abgeholt|geprüft|bearbeitet',
    // A referral with a way to reach them tells the customer what to do (the tone is not_responsible's business).
    'telefon|tel|hotline|rufnummer|telefonnummer',
    'unter_angabe',
  ],
  en: [
    'attached|enclosed|attachment|below|link|pdf|form',
    "i'll|we'll|i_will|we_will|i_shall|we_shall",
    "i'm|we're|i_am|we_are ..1 *ing",
    `i've|we've|i_have|we_have|i_had|we_had ..4 ${DONE_EN}`,
    `has|have|had ..1 been ..2 ${DONE_EN}`,
    `is|are|was|were ..3 ${DONE_EN}|on_its_way|on_the_way`,
    'please|just|simply ..3 send|contact|complete|fill|reply|provide|choose|print|stick|let|call|return|click|log|check|forward|sign|upload|tell|confirm|pick|select|keep|drop|use|pop',
    '^ print|send|reply|call|let|tell|contact|choose|pick|select|click|return|complete|fill|upload|forward|sign|confirm|keep|drop|bring|take|provide|give|pop|reach',
    'we|i ..1 need|require',
    "let_me_know|let_us_know|feel_free|get_in_touch|write_back|just_reply|reply_to_this|any_questions|any_other_questions|if_you_like|if_you'd_like|would_you_like|do_you_want|does_that|which_you|you_prefer",
    "you'll|you_will ..1 receive|hear|get|find|see|be|have",
    'you ..1 can|could ..2 keep|track|find|check|see|use|choose|collect|donate|expect',
    'once|as_soon_as|options|option|choose|prefer|choice|shortly',
    'either ..12 or',
    "i've|we've|i_have|we_have ..4 *ed",
    'you ..1 can|could',
    'you ..1 click|tap|open|go|select|find|create|print|log|enter|use',
    'goes_out|go_out|will_go_out|went_out|arrives|arriving|will_arrive|should_arrive|is_booked',
    'this|next ..1 week|month|morning|afternoon|evening',
    // A state the agent brought about: "The replacement tickets are now in your account".
    'is|are ..2 now|already ..3 in|on|with|available|live|active',
    // What will happen, said of the thing or a third party: "will be credited", "will come on Friday".
    `will|'ll ..2 be ..2 ${DONE_EN}|with_you|in_touch|in_your`,
    'will|should ..2 arrive|call|contact|ring|visit|email|deliver|reach',
    'will ..1 come|be ..1 on|by|at|tomorrow|today|within|next|in|back_to_you',
    // Instructions: "Install version 4.2 now", "Read the manual and reset the device".
    '^ install|reset|restart|update|try|visit|complain|quote|read|follow|enter|open|download|go|head|log|tap|use|ring|email|write|scan|post|book|bring|include',
    'quoting|hotline|phone_number|call_them_on|call_us_on',
    'ends|ended|expires|renews|runs ..1 on|until|at',
    "i'm|we're|i_am|we_are ..1 happy|glad|able ..1 to",
  ],
};

/**
 * In its sentence, these undo a next step: a message received or looked at, a bare referral
 * elsewhere ("please contact them directly"). A referral with a way to go on ("quoting the
 * tracking number", a phone number) is a step of its own.
 */
export const NOT_A_STEP_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'erhalten|angesehen|gesehen|angeschaut|gelesen|kenntnis|eingegangen|entschuldigen|verzeihen|bedauern|verstehen|verstehe',
    'wenden =Sie sich',
  ],
  en: [
    'received|noted|seen|read|looked|viewed|reviewed|considered|understood|apologise|apologize|regret',
    'contact ..1 them|the_courier|the_manufacturer|the_seller ..1 directly',
    'take_it_up_with',
  ],
};

/** Offers count as a next step unless their sentence refuses ("Wir können Ihnen leider nicht …"). */
export const OFFER_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'ich|wir ..1 kann|können|könnte|könnten ..1 =Ihnen',
    'dann ..2 kann|können ..1 ich|wir',
    'kann|können ich|wir =Ihnen',
  ],
  en: ['i|we ..1 can|could', 'then_i_can|then_we_can'],
};

/** A refusal: the start of `cant_do`. */
export const CANT_DO_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'können|kann|könnten|konnten|dürfen|darf ..8 nicht|keine|kein|nichts',
    'nicht|keine|kein ..1 möglich|machbar|erlaubt|gestattet|vorgesehen|zulässig',
    'ausgeschlossen|abgelehnt|unmöglich',
    'lehnen|lehne ..6 ab',
    'geht|klappt ..2 nicht',
  ],
  en: [
    "can't|cannot|can_not|unable|won't_be_able|not_able|impossible|couldn't",
    "isn't|is_not|not|aren't|are_not ..1 possible|permitted|allowed|available",
    'no_longer ..1 possible|available|permitted',
    'can_no_longer|can_not_longer',
    "we_don't_offer|we_do_not_offer|declined|denied|rejected|refuse|refused|decline|reject",
  ],
};
/**
 * Inside a refusal, these make it an inability to find out, not a refusal of the customer's
 * request: "können es im Moment nicht orten", "we can no longer trace the damage".
 */
export const INABILITY_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'orten|nachvollziehen|feststellen|finden|erinnern|sagen|einsehen|erkennen|lokalisieren|zuordnen|ermitteln|rekonstruieren|verfolgen|sehen',
  ],
  en: [
    'trace|track|locate|find|tell|see|remember|recall|identify|determine|establish|reconstruct|confirm_why|say_why|explain_why',
  ],
};
/** An alternative that is itself denied ("keine Alternative", "no replacement"). */
export const NO_ALTERNATIVE_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'keine|kein|keinen|ohne ..2 alternative*|ersatz*|gutschein*|möglichkeit*|option*|lösung*|angebot*|ausgleich|kulanz',
  ],
  en: ['no|any|without ..2 alternative*|replacement*|voucher*|option*|solution*|offer*|discount*|credit|goodwill'],
};
/** Between a refusal and an offer in the same sentence: the turn to what is possible. */
export const CONTRAST_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: ['aber|jedoch|stattdessen|dafür|alternativ|allerdings|sondern'],
  en: ['but|however|instead|alternatively|though|although'],
};

/** Before the refusal in its sentence: a condition, not a refusal ("…, otherwise we can't"). */
export const CONDITION_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: ['sonst|andernfalls|wenn|falls|bevor|ohne'],
  en: ['otherwise|or_we|or_i|if|unless|before|without'],
};
/** After the refusal (or anywhere else in the reply): what the agent offers instead. */
export const ALTERNATIVE_SHAPES: Record<ToneLanguage, readonly string[]> = {
  de: [
    'mache|machen|gewähre|gewähren ..3 ausnahme*|kulanz*',
    '=Sie ..1 können|könnten|dürfen',
    'stattdessen|alternativ*|jedoch|aber|dafür|ausgleich|trotzdem|gern|gerne|kostenlos|kostenfrei|gratis|ohne_aufpreis|gutschein*|gutschrift|ersatz*|angebot|anbieten|biete|bieten|vorschlag|vorschlagen|schlage|möglichkeit|option|lösung|sehr_wohl|kulanz*',
    'ich|wir ..1 kann|können|könnte|könnten|werde|werden|biete|bieten|schicke|schicken|sende|senden|erstatte|erstatten|übernehme|übernehmen|schenke|schenken|tausche|tauschen|reserviere|gebe|geben|schreibe|schreiben',
    'kann|können|werde|werden ..1 ich|wir',
  ],
  en: [
    'make|making|made ..2 an ..1 exception',
    "you_can|you_could|you're_welcome_to|you_are_welcome_to",
    "instead|alternatively|however|but|free|no_charge|at_no_cost|no_extra_cost|complimentary|voucher|credit|replacement|option|options|offer|suggest|happy_to|glad_to|what_i_can|if_you_like|if_you'd_like|would_you_like|goodwill",
    'i|we ..1 can|could|will|am_able|are_able',
    "i'll|we'll|i_can|we_can",
  ],
};
