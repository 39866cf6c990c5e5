import type { MoodRules } from './mood-types';

// More German cues (issue #14): giving up, insults, announced publicity, euphemisms of death,
// deadlines with a consequence, ironic thanks. A fourth field is a canceller: the cue does not
// count when its sentence matches it ("Mein Vertrag wurde gekündigt" is a fact, not a wish).

export const MOODS_DE_2: MoodRules = {
  anger: [
    [
      '\\b(?:erpressung|nötigung|diebstahl|abzocker\\w*|gauner\\w*|verbrecher\\w*|clowns?|idioten?|vollidioten?|deppen|trottel|witzfiguren)\\b',
      0.55,
    ],
    ['\\bwas bildet ihr euch\\b|\\bwas bilden sie sich\\b|\\bsonstwohin stecken\\b|\\bverarsch\\w*|\\bmüll\\b', 0.5],
    ['\\bunglaublich\\b(?! (?:geduldig|nett|freundlich|schnell|hilfsbereit|gut|toll|lieb))', 0.4],
    ['\\b(?:wütend|stinksauer|fassungslos)\\b', 0.55, 'n'],
  ],
  frustration: [
    [
      "\\b(?:ich (?:gebe|geb) auf|ich mag (?:echt |einfach )?nicht mehr|kann nicht mehr|keinen bock mehr|keine lust mehr|die nase (?:gestrichen )?voll|mit den nerven am ende|langsam reicht|das war(?:'s|s) dann)\\b",
      0.6,
    ],
    [
      '\\b(?:im kreis|zum (?:\\w+en) mal|(?:zwei|drei|vier|fünf)(?: ?mal)\\b|\\d+ ?mal\\b|schon (?:zweimal|dreimal|mehrmals|mehrfach|x-mal)|jedes mal|jedesmal)',
      0.45,
    ],
    [
      '\\b(?:keiner kam|niemand kam|niemand meldet|keiner meldet|nichts passiert|passiert nichts|tut sich nichts|ohne antwort)\\b',
      0.45,
    ],
    ['\\b(?:verschiedene aussagen|jedes mal (?:eine )?andere|immer (?:eine )?andere antwort)\\b', 0.45],
  ],
  public_threat: [
    [
      '\\b(?:werde|werden|schreibe|poste|teile|erzähle|mache|stelle|lade|berichte|informiere|überlege|kündige an)\\b[^.!?\\n]{0,90}\\b(?:instagram|insta|facebook|twitter|tiktok|youtube|social media|trustpilot|google|bewertung\\w*|rezension\\w*|erfahrungsbericht|presse|zeitung|video|kanal|öffentlich\\w*|gruppe|forum|community|follower\\w*|abonnenten)\\b',
      0.65,
    ],
    [
      '\\b(?:instagram|insta|facebook|twitter|tiktok|youtube|social media|trustpilot|gruppe|kanal|community|follower\\w*|abonnenten|leute)\\b[^.!?\\n]{0,80}\\b(?:posten|teilen|erzählen|erfahren|berichten|veröffentlichen|zeigen|bewerten|wissen)\\b',
      0.6,
      '',
      '\\b(?:gelesen|gesehen|folge|folgen|aus ihrem post)\\b',
    ],
    [
      '\\b(?:ich schreibe für|redaktion|redakteur\\w*|journalist\\w*|reporter\\w*|verbrauchermagazin|magazin|artikel|stellungnahme|beitrag über|recherche\\w*)\\b',
      0.45,
    ],
    [
      '\\b(?:video draus|jedem (?:\\w+ )?erzählen|allen erzählen|alle sollen wissen|andere warnen|öffentlich machen)\\b',
      0.6,
    ],
  ],
  cancellation: [
    [
      '\\b(?:abbestellen|abmelden|beenden|auflösen|widerrufsrecht|aufgehoben|nicht verlängern|stoppen sie|stoppt die|einstellen)\\b',
      0.55,
      '',
      '\\b(?:wurde|wurden|ist|war|waren|schon|bereits)\\b[^.!?\\n]{0,30}\\b(?:beendet|aufgelöst|eingestellt)\\b',
    ],
  ],
  grief: [
    [
      '\\b(?:lebt nicht mehr|leben nicht mehr|ist tot|sind tot|regenbogenbrücke|eingeschlafen|entschlafen|von uns gegangen|nicht mehr unter uns|nicht mehr bei uns|erlöst|plötzlich verstorben|verstorbenen?|sterbe\\w*|gestorben)\\b',
      0.7,
    ],
    [
      '\\b(?:baby|kind|sohn|tochter|mann|frau|vater|mutter|hund|katze|pferd)\\b[^.!?\\n]{0,20}\\bverloren\\b|\\bverloren\\b[^.!?\\n]{0,20}\\b(?:baby|kind)\\b',
      0.6,
    ],
  ],
  urgency: [
    ['\\b(?:es eilt|eilt sehr|jetzt sofort|ganz dringend|schnellstmöglich\\w*|per express|notdienst)\\b', 0.55],
    [
      '\\bbis (?:\\d{1,2}(?:[.:]\\d\\d)? uhr|morgen|übermorgen|ende der woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|zum \\d+\\.)\\b[^.!?\\n]{0,80}\\b(?:sonst|andernfalls|ansonsten)\\b',
      0.6,
    ],
    [
      '\\b(?:sonst|andernfalls|ansonsten)\\b[^.!?\\n]{0,60}\\b(?:verpass\\w*|platzt|stehe ich|steh ich|ohne|verfällt|zu spät)\\b',
      0.55,
    ],
    ['\\b(?:frist|deadline)\\b[^.!?\\n]{0,60}\\b(?:läuft|endet|ab)\\b', 0.5],
    [
      '\\bJETZT\\b|\\b(?:kinder|baby|minus \\d+ grad)\\b[^.!?\\n]{0,60}\\b(?:heizung|kalt)\\b|\\bheizung\\b[^.!?\\n]{0,60}\\b(?:aus|kalt|minus)\\b',
      0.5,
    ],
    ['\\b(?:steht|stehen) (?:still|komplett)\\b|\\bkönnen keine kunden\\b|\\bnichts mehr geht\\b', 0.5],
  ],
  confusion: [
    [
      '\\b(?:hab ich das richtig verstanden|habe ich das richtig verstanden|ich check das nicht|check ich nicht|was mache ich falsch|wo klickt man|ich finde (?:das|den|die) \\w+ nicht|sehe (?:das|den|die) \\w+ nicht|was stimmt denn|widersprüchlich\\w*)\\b',
      0.55,
    ],
    ['\\b(?:warum wurde|wieso wurde|weshalb wurde|warum steht|wieso steht|dachte ich)\\b', 0.4],
    ['\\b(?:aber da (?:gibt es|ist) kein\\w*|aber dort (?:gibt es|ist) kein\\w*)\\b', 0.45],
  ],
  praise: [
    [
      '\\bdank\\w* (?:\\w+ )?für (?:die|ihre|eure|deine) (?:\\w+ )?(?:schnelle|tolle|super|nette|freundliche|kompetente|gute|geduldige|großartige|unkomplizierte)\\w* (?:hilfe|antwort|unterstützung|bearbeitung|lieferung|rückmeldung|beratung|lösung)\\b',
      0.55,
      'n',
    ],
    [
      '\\b(?:einfühlsam\\w*|großes lob|ein lob|kompliment\\w*|sehr zufrieden|so freundlich|unglaublich (?:geduldig|nett|freundlich|hilfsbereit)|lebensretter|erlebt man selten|von herzen danken|vielen dank für die tolle)\\b',
      0.6,
      'n',
    ],
  ],
  sarcasm: [
    [
      "\\b(?:danke für die schnelle antwort nach|nach nur \\w+ (?:wochen|monaten|tagen)|zufälle gibt(?:'s|s)|interessant, dass|hätte mich auch gewundert|das ist schon kunst|echt beeindruckend|sehr professionell)\\b",
      0.6,
    ],
    [
      '\\b(?:vielen )?(?:herzlichen )?dank\\w*,? (?:dass ihr|dass sie|für die wunderbare erfahrung)\\b[^.!?\\n]{0,80}\\b(?:ohne|nicht|nie|geschlossen|ignoriert)\\b',
      0.65,
    ],
    ['\\bfreue mich schon\\b[^.!?\\n]{0,40}\\bnie wieder\\b', 0.65],
  ],
  legal_threat: [
    [
      '\\b(?:rechtlich prüfen|rechtliche schritte|mahnbescheid|dsgvo|datenschutzbeauftragte\\w*|datenschutzbehörde|inkasso|gerichtlich\\w*)\\b',
      0.65,
    ],
  ],
};
