import type { MoodRules } from './mood-types';

// German cues for customer moods, written for Tonlage. Each entry: regex source (compiled with
// `rx`, so ä also matches ae), weight 0..1, flags: n = ignored when negated ("nicht zufrieden"),
// c = counts only when the message is otherwise negative (a review is only a threat then).

export const MOODS_DE: MoodRules = {
  anger: [
    ['\\b(?:frechheit|unverschämt\\w*|sauerei|saftladen|zumutung|skandal\\w*|schande|unding)\\b', 0.55],
    ['\\b(?:betrug|betrüger\\w*|abzock\\w*|abgezockt|verarsch\\w*|kriminell\\w*)\\b', 0.55],
    ['\\b(?:wütend|stinksauer|sauer|empört|zornig|verärgert|außer mir)\\b', 0.55, 'n'],
    ['\\b(?:unfassbar|inakzeptabel|unzumutbar|lächerlich|katastroph\\w*|miserabel|unterirdisch)\\b', 0.45],
    ['\\b(?:scheiß|scheiss)\\w*|\\bmistladen\\b|\\bdreck\\w*|\\bverdammt\\w*', 0.5],
    ['\\b(?:schlechteste[nrms]?|schlimmste[nrms]?|inkompetent\\w*|unfähig\\w*)\\b', 0.45],
    ['\\b(?:angeschrien|aufgelegt|beleidigt|respektlos\\w*|unfreundlich\\w*|unhöflich\\w*)\\b', 0.4],
    ['\\bwas fällt ihnen\\b|\\bwas ist das für ein\\w*\\b|\\bgeht (?:gar|überhaupt) nicht\\b', 0.5],
    ['\\b(?:es|jetzt|mir) reicht\\b|\\bich verlange\\b|\\bdas letzte\\b', 0.45],
    ['!{3,}|\\?!|!\\?', 0.3],
  ],
  frustration: [
    [
      '\\b(?:schon wieder|wieder (?:ein)?mal|erneut|zum wiederholten male?|zum (?:zweiten|dritten|vierten|fünften|x-ten|\\d+\\.) mal)\\b',
      0.5,
    ],
    [
      '\\b(?:das (?:zweite|dritte|vierte|fünfte) mal|\\d+ ?x|(?:zwei|drei|vier|fünf)mal|mehrfach|mehrmals|mehrere[nr]? (?:mails|anrufe|nachfragen|reklamationen)|ständig|dauernd|immer wieder)\\b',
      0.4,
    ],
    ['\\b(?:immer noch|noch immer|bis heute|nach wie vor|weiterhin) (?:nicht|kein\\w*|nichts)\\b', 0.5],
    ['\\b(?:immer noch|noch immer|nach wie vor)\\b', 0.3],
    [
      '\\bseit (?:über |mehr als )?(?:\\d+|einer|einem|zwei|drei|vier|fünf|sechs|mehreren|vielen) (?:tage\\w*|woche\\w*|monate\\w*|minuten|stunden)\\b',
      0.45,
    ],
    ['\\b(?:warte|warten|wartet|gewartet)\\b', 0.2],
    [
      '\\bkeine (?:antwort|rückmeldung|reaktion|lösung)\\b|\\b(?:niemand|keiner) (?:meldet|antwortet|ruft|reagiert|fühlt)\\w*',
      0.5,
    ],
    ['\\b(?:enttäusch\\w*|frustrier\\w*|frust|genervt|nervt|nervig|ärgerlich|es leid|nase voll)\\b', 0.5],
    [
      '\\bnicht (?:wirklich |so |sehr |ganz |besonders |überhaupt )?(?:zufrieden|glücklich|begeistert)\\b|\\b(?:überhaupt|gar) nicht zufrieden\\b|\\bunzufrieden\\b',
      0.55,
    ],
    ['\\b(?:warteschleife|nicht erreichbar|nie erreichbar)\\b', 0.45],
    ['\\b(?:langsam|allmählich)\\b[^.!?\\n]{0,25}\\b(?:reicht|nervt|genug|überlege)', 0.4],
    ['\\b(?:nicht das erste mal|wie immer|jedes mal)\\b', 0.45],
    ['\\bendlich\\b', 0.3],
    ['\\b(?:erzählt|vertröstet|hingehalten|abgewimmelt)\\b', 0.4],
    ['\\b(?:nicht gelöst|keine lösung|funktioniert (?:immer noch )?nicht|fehlermeldung|kompliziert)\\b', 0.35],
    ['\\bhallo\\?|\\bist da jemand\\b', 0.4],
  ],
  public_threat: [
    [
      '\\b(?:instagram|insta|facebook|twitter|tiktok|youtube|linkedin|reddit|social media|sozialen (?:medien|netzwerken))\\b',
      0.2,
    ],
    ['\\b(?:follower\\w*|community|abonnenten)\\b', 0.15],
    ['\\b(?:trustpilot|google-?bewertung\\w*|bewertung\\w*|rezension\\w*)\\b', 0.15],
    ['\\b(?:1|ein|einen)[- ]?sterne?\\b', 0.4, 'c'],
    ['\\b(?:presse|zeitung|lokalzeitung|medien|journalist\\w*|fernsehen|blog)\\b', 0.45, 'c'],
    ['\\b(?:poste|posten|teile|teilen|veröffentliche\\w*|berichten|warnen|informieren|öffentlich\\w*)\\b', 0.25, 'c'],
    [
      '\\b(?:alle (?:meine )?(?:freunde|bekannten)|auf allen kanälen|andere (?:kunden )?warnen|öffentlich machen|viral)\\b',
      0.5,
    ],
  ],
  cancellation: [
    [
      '\\b(?:kündige|kündigen|kündigung|gekündigt)\\b',
      0.6,
      '',
      '\\b(?:wurde|wurden|war|waren|ist|sind|bereits|schon)\\b[^.!?\\n]{0,40}\\b(?:gekündigt|storniert)\\b|\\b(?:gekündigt|storniert) (?:war|wurde|ist|worden)\\b',
    ],
    [
      '\\b(?:storniere|stornieren|stornierung|storno|storniert)\\b',
      0.55,
      '',
      '\\b(?:wurde|wurden|war|waren|ist|sind|bereits|schon)\\b[^.!?\\n]{0,40}\\b(?:gekündigt|storniert)\\b|\\b(?:gekündigt|storniert) (?:war|wurde|ist|worden)\\b',
    ],
    [
      '\\b(?:vertrag|abo|abonnement|mitgliedschaft|konto|kundenkonto|account)\\b[^.!?\\n]{0,40}\\b(?:beenden|auflösen|löschen|schließen)\\b',
      0.6,
    ],
    ['\\b(?:beenden|löschen|auflösen)\\b[^.!?\\n]{0,30}\\b(?:vertrag|abo|mitgliedschaft|konto|kundenkonto)\\b', 0.5],
    ['\\b(?:widerrufe|widerruf|zurücktreten|rücktritt)\\b|\\btrete[^.!?\\n]{0,30}zurück\\b', 0.55],
    ['\\bnie wieder\\b|\\bnicht mehr (?:bei ihnen )?(?:bestellen|kaufen)\\b', 0.45],
    ['\\b(?:zur konkurrenz|anbieter wechseln|wechsle|zu wechseln)\\b', 0.45],
    [
      '\\b(?:brauche|brauchen) (?:ich|wir) (?:sie |es |ihn |das [\\w-]+ )?nicht mehr\\b|\\bnicht mehr (?:brauche|benötige)\\w*',
      0.4,
    ],
    ['\\b(?:abo|abonnement|lieferung\\w*|abbuchungen)\\b[^.!?\\n]{0,30}\\b(?:stoppen|beenden|einstellen)\\b', 0.5],
  ],
  legal_threat: [
    ['\\b(?:anwalt|anwältin|rechtsanwalt\\w*|anwälte|kanzlei|jurist\\w*)\\b', 0.7],
    ['\\b(?:gericht|klage|klagen|verklagen|mahnverfahren|rechtlichen? schritte|rechtsweg|rechtsschutz\\w*)\\b', 0.7],
    [
      '\\b(?:verbraucherzentrale|schlichtungsstelle|ombudsstelle|ombudsmann|bundesnetzagentur|datenschutzbehörde|aufsichtsbehörde)\\b',
      0.6,
    ],
    ['\\b(?:anzeige|strafanzeige|polizei|staatsanwaltschaft)\\b', 0.6],
    ['\\b(?:frist|letztmalig|andernfalls|fristsetzung)\\b', 0.25],
    ['\\bbehalte mir[^.!?\\n]{0,30}vor\\b', 0.4],
    ['\\b(?:rückbuchung|chargeback)\\b', 0.45],
  ],
  grief: [
    [
      '\\b(?:gestorben|verstorben\\w*|verstarb|tod|todesfall|ableben|beerdigung|beisetzung|trauerfeier|eingeschläfert|tödlich\\w*|von uns gegangen)\\b',
      0.7,
    ],
    ['\\b(?:trauer\\w*|nachlass|erbin|erben|witwe\\w*|witwer|hinterblieben\\w*|todestag)\\b', 0.4],
    [
      '\\b(?:mein|meine|meinen|unser|unsere|unseren)\\s+(?:mann|frau|vater|mutter|papa|mama|sohn|tochter|kind|bruder|schwester|oma|opa|großmutter|großvater|partner\\w*|hund|katze|kater)\\b[^.!?\\n]{0,40}\\b(?:verloren|eingeschläfert)\\b',
      0.6,
    ],
  ],
  urgency: [
    ['\\b(?:dringend\\w*|eilt|eilig\\w*|notfall|schnellstmöglich|umgehend|unverzüglich|asap|sofort)\\b', 0.5],
    ['\\b(?:heute noch|noch heute|bis morgen|spätestens|zeitnah|so schnell wie möglich|schnelle rückmeldung)\\b', 0.4],
    ['\\b(?:brauche|benötige)\\b[^.!?\\n]{0,50}\\b(?:bis|vor|heute|morgen|spätestens)\\b', 0.4],
    [
      '\\b(?:am|bis|vor) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|weihnachten)\\b|\\b(?:geschenk|geburtstag|feier|flug|hochzeit)\\b',
      0.1,
    ],
    ['\\bgeht das noch\\b', 0.3],
  ],
  confusion: [
    ['\\b(?:verstehe|versteh|kapiere|begreife)\\b[^.!?\\n]{0,30}\\bnicht\\b', 0.55],
    [
      '\\b(?:verwirrt|verwirrend|unklar|keine ahnung|nicht klar|nicht sicher|unsicher|durcheinander|ganz anderes)\\b',
      0.5,
    ],
    [
      '\\b(?:was bedeutet|was heißt|was ist der unterschied|wie funktioniert|wo finde ich|was stimmt|was soll ich|welche (?:variante|version|größe)|muss ich)\\b',
      0.35,
    ],
    ['^\\s*\\?{2,}\\s*$', 0.7],
    ['\\bhäh?\\b', 0.5],
    ['\\bnirgends\\b', 0.35],
  ],
  praise: [
    [
      '\\b(?:vielen|herzlichen|tausend|lieben|besten) dank\\b|\\bdanke(?:schön| schön| sehr| euch| ihnen)?\\b|\\bbedanke mich\\b',
      0.2,
      'n',
    ],
    ['\\b(?:lob|loben|kompliment|weiter so|hut ab|respekt)\\b', 0.55],
    [
      '\\b(?:super|toll|klasse|top|hervorragend\\w*|ausgezeichnet\\w*|spitze|prima|perfekt|großartig\\w*|wunderbar\\w*|genial|begeistert|zufrieden|empfehlen|zu empfehlen|bestens|freundlich\\w*|hilfsbereit\\w*|geduldig\\w*|kompetent\\w*|nett\\w*|unkompliziert|gerettet|gefreut)\\b',
      0.4,
      'n',
    ],
    ['\\b(?:zu schätzen|mühe gegeben|geholfen)\\b', 0.45, 'n'],
  ],
  sarcasm: [
    [
      '\\bdanke für nichts\\b|\\bvielen dank auch\\b|\\bna (?:toll|super|klasse|prima|bravo|danke)\\b|\\bganz großes kino\\b|\\bja klar\\b|\\b(?:ganz|wirklich) toll gemacht\\b|\\bwirklich ganz toll\\b',
      0.7,
    ],
    ['\\b(?:herzlichen glückwunsch|gratulation|bravo|respekt|wow)\\b', 0.35, 'c'],
    ['(?:^|[.!?]\\s+)(?:toll|super|klasse|prima|großartig|wunderbar|perfekt|bravo|wow)[,.!]', 0.4, 'c'],
    ['\\b(?:schon|erst) nach \\d+ (?:wochen|tagen|monaten)\\b', 0.35],
  ],
};
