// German valence lexicon, written for Tonlage (no SentiWS or other third-party data).
// One line per weight (-3 very negative .. +3 very positive). A trailing * marks a stem that
// also matches up to five more letters ("enttäusch*" → enttäuscht, enttäuschend, Enttäuschung).
// Words are written with umlauts; lookup folds ä→ae etc., so "enttaeuscht" matches too.
// Domain words of online shopping and support (kaputt, verspätet, erstattet) are included
// because they carry the feeling of a support ticket more than general sentiment words do.

export const VALENCE_DE = `
-3: katastroph* frechheit unverschämt* betrug betrüger* betrügerisch* abzocke* abgezockt skandal* skandalös*
-3: miserabel* grottig* grottenschlecht* beschissen* scheiß* scheiss* schrott müll unzumutbar* inakzeptabel*
-3: zumutung saftladen sauerei schande wütend* stinksauer empört* entsetzt entsetzlich* ekelhaft* widerlich*
-3: desaster* albtraum* alptraum* inkompetent* unfähig* unterirdisch* verarsch* idiot* schlechteste* schlimmste*
-3: unseriös* wertlos* nutzlos* respektlos* dreist* kriminell* betrogen beleidigt beleidigend*
-2.5: furchtbar* schrecklich* lächerlich* unbrauchbar* angeschrien abgewimmelt verzweifelt* horror
-2.5: unverantwortlich* peinlich* dubios* ignoriert* hingehalten vertröstet mies* ätzend übel unmöglich
-2: schlecht schlechte schlechten schlechter schlechtes schlechtem enttäusch* ärgerlich* verärgert ärgert
-2: sauer kaputt* defekt* beschädigt* mangelhaft* fehlerhaft* unfreundlich* unhöflich* frech* frust*
-2: genervt nervig* nervt unzufrieden* traurig* trauer* gestorben tot tod todes schmerz* überteuert*
-2: minderwertig* unzuverlässig* chaos chaotisch* blöd* dumm* unbefriedigend* ungenügend* ärger hilflos
-2: zerbrochen zerkratzt gerissen undicht verschimmelt verdorben verbogen kaputtgegangen mangel mängel
-2: falsch falsche falschen falscher falsches fehlt fehlen fehlende fehlenden unvollständig* verloren
-2: ärgern geärgert gestresst stress wut zornig* sinnlos* katastrophe schäden schaden beschwerde
-1.5: verspätet* verspätung* umständlich* kompliziert* problem probleme problemen fehler fehlermeldung
-1.5: reklamation* reklamiert besorgt sorge sorgen angst unklar unverständlich* teuer leid verstorben*
-1.5: vergeblich* warteschleife ewig ewigkeit langsam zäh* mühsam* lästig* schwierig* störung* ausfall
-1.5: storniert gebühr gebühren mahnung*
-3: servicewüste
-2: wüste abgeraucht durchgebrannt verkratzt eingedrückt eingerissen gebrochen stinkt verschmutzt* abgestürzt
-2: unbenutzbar* funktionsunfähig* untauglich* schimmel* rostet verrostet zerrissen ausgelaufen
-1.5: fehlgeschlagen gescheitert wackelt wackelig* wacklig* quietscht klemmt ausgeleiert verfärbt* ausgefallen
-1.5: abgebrochen ruckelt stürzt hakt verbeult beanstandung* mangelware schlampig* lieblos*
-1: angeblich umsonst verwechselt
-0.5: ständig dauernd andauernd rückerstattung* erstattung*
-1: schade leider langweilig* billig dürftig* mittelmäßig* naja durchwachsen fragwürdig* unpraktisch*
-1: verwirrt* verwirrend* abgebucht doppelt warten wartezeit nachfrage
0.5: ok okay okey gern gerne angekommen
1: zweckmäßig* brauchbar* robust* wertig* flott problemlos* reibungslos*
1: danke dank bedanke bedanken passt passend* ordentlich* sauber* rasch
1: schnell schnelle schnellen schneller günstig* stabil* sicher geschafft lieb liebe
1: verpackt pünktlich* fix zügig* bemüht mühe wert lohnt* funktional* solide* fair*
1.5: funktioniert funktionieren funktionierte klappt klappte geklappt geholfen gelöst behoben repariert
1.5: hilfreich* bequem* preiswert* praktisch* überzeugt* respekt schätze schätzen verständnisvoll* gefällt
1.5: herzlich* netter angenehm* kompetente* kompetent zufriedenstellend* entgegenkommend* lob
2: gut gute guten guter gutes gutem super toll tolle tollen toller tolles klasse prima top schön schöne
2: schönen schöner freundlich* hilfsbereit* zufrieden* empfehl* zuverlässig* unkompliziert* einwandfrei*
2: freue freuen freut gefreut freude glücklich* froh nett nette netten geduldig* kulant* gelungen*
2: dankbar* loben lobe lobenswert* gerettet hochwertig* spitze stark wunderschön* liebevoll* schnellstens
2.5: bestens empfehlenswert* zuvorkommend* großartig* wunderbar* begeistert* begeisternd* genial* hervorragend*
2.5: exzellent* herausragend* ausgezeichnet* perfekt* fantastisch* phantastisch* traumhaft* sensationell*
2.5: grandios* erstklassig* spitzenmäßig* super-service topservice vorbildlich* beeindruckt* beeindruckend*
`;

/** Multi-word expressions, as regex sources for `rx`, with their weight. */
export const PHRASES_DE: Array<[string, number]> = [
  ['\\bnie(?:mals)? wieder\\b', -2.5],
  ['\\b(?:gerne?|jederzeit) wieder\\b', 2],
  ['\\bweiter so\\b', 2],
  ['\\bzu empfehlen\\b', 1],
  ['\\bnicht (?:angekommen|geliefert|erhalten|eingetroffen|zugestellt|da|gekommen)\\b', -2],
  ['\\b(?:kam|kommt|ist) (?:noch )?(?:immer )?nicht an\\b', -2],
  ['\\bimmer noch nicht\\b|\\bnoch immer nicht\\b|\\bbis heute nicht\\b', -1.5],
  ['\\bkeine (?:antwort|rückmeldung|reaktion)\\b', -2],
  ['\\b(?:es|jetzt|mir) reicht\\b', -2],
  ['\\bzu spät\\b', -1.5],
  ['\\bgeld zurück\\b', -1],
  ['\\b(?:1|ein|einen) stern\\b', -2],
  ['\\b5 sterne\\b|\\bfünf sterne\\b', 2],
  ['\\bgeht gar nicht\\b|\\bgeht nicht\\b', -1.5],
  // Complaint patterns of reviews and tickets that need no charged word.
  ['\\bnicht (?:bekommen|erstattet|gutgeschrieben|bearbeitet|verschickt|versendet|zurückgezahlt)\\b', -1.5],
  ['\\bnie (?:bei (?:mir|uns) )?(?:angekommen|geliefert|erhalten|bekommen|eingetroffen|zugestellt)\\b', -2],
  ['\\b(?:immer noch|noch immer|bis heute|nach wie vor) (?:kein\\w*|nichts)\\b', -1.5],
  ['\\b(?:und|aber) (?:immer noch |noch immer |bis heute )?nichts\\b', -1.5],
  [
    '\\bseit (?:über |mehr als |fast )?(?:\\d+|einer|einem|zwei|drei|vier|fünf|sechs|mehreren|vielen) (?:tage\\w*|woche\\w*|monate\\w*)\\b|\\bseit (?:tagen|wochen|monaten)\\b',
    -1,
  ],
  [
    '\\bhat (?:über |mehr als |fast |ganze )?(?:\\d+|zwei|drei|vier|fünf|sechs|mehrere) (?:tage|wochen|monate) gedauert\\b',
    -1.5,
  ],
  ['\\bfunktioniert (?:immer noch |leider |gar |überhaupt |einfach |seit \\w+ )?nicht(?: mehr)?\\b', -1],
  ['\\blässt sich (?:\\w+ )?(?:nicht|kaum) (?:mehr )?\\w+', -1.5],
  ['\\b(?:stürzt|hängt) (?:\\w+ ){0,3}(?:ab|sich auf)\\b', -1.5],
  ['\\b(?:niemand|keiner) (?:meldet|antwortet|ruft|reagiert|hilft)\\w*', -1.5],
  ['\\b(?:das|sein|ihr|den) (?:geld|preis) nicht wert\\b|\\bnicht (?:das|sein|ihr|den) (?:geld|preis) wert\\b', -2.5],
  ['\\bunter aller (?:sau|kanone)\\b', -3],
  ['\\blässt (?:\\w+ )?zu wünschen übrig\\b', -2],
  ['\\b(?:hätte|habe) (?:mir )?(?:\\w+ )?mehr erwartet\\b|\\berwarte ich mehr\\b', -1.5],
  [
    '\\b(?:weicht|wich) (?:\\w+ ){0,4}ab\\b|\\banders als (?:auf dem |im )?(?:bild|foto|abgebildet|beschrieben|angegeben)\\b',
    -1.5,
  ],
  [
    '\\bnicht (?:wie|so wie) (?:beschrieben|abgebildet|angegeben|angekündigt|versprochen)\\b|\\bentspricht nicht\\b',
    -2,
  ],
  [
    '\\b(?:kleiner|kürzer|dünner|schwächer|langsamer|lauter|schlechter|billiger|weniger|niedriger)\\b[^.!?\\n]{0,20}\\bals (?:angegeben|beschrieben|erwartet|versprochen|gedacht|abgebildet)\\b',
    -1.5,
  ],
  ['\\bzu (?:klein|groß|kurz|eng|weit|dünn|schwer|laut|teuer|langsam)\\b', -1],
  [
    '\\b(?:schicke|schicken|sende|senden|geht) (?:\\w+ )?(?:zurück)\\b|\\bzurückgeschickt\\b|\\bzurückgesendet\\b',
    -0.75,
  ],
  ['\\bschon wieder\\b', -1],
  ['\\b(?:0|null|kein(?:en)?) sterne?\\b', -2.5],
  ['\\b(?:2|zwei) sterne\\b', -1],
  ['\\b(?:4|vier) sterne\\b', 1.5],
  ['\\b1 ?/ ?(?:5|10)\\b', -2],
  ['\\b(?:5 ?/ ?5|10 ?/ ?10)\\b', 2],
  // Short positive reviews.
  ['(?<!nicht )(?<!nicht so )\\bwie (?:beschrieben|abgebildet|angegeben|angekündigt|erwartet)\\b', 1],
  [
    '\\bhält,? was (?:es|er|sie) verspricht\\b|\\btut,? was (?:es|er|sie) soll\\b|\\berfüllt (?:seinen|ihren) zweck\\b',
    1.5,
  ],
  [
    '\\bsitzt wie angegossen\\b|\\b(?:würde|werde) (?:ich )?(?:jederzeit |immer )?wieder (?:kaufen|bestellen)\\b|\\bwieder kaufen\\b',
    2,
  ],
  ['\\b(?:nichts|keine?) (?:zu beanstanden|auszusetzen|beanstandung\\w*|mängel|probleme)\\b', 2],
  [
    '\\bklare (?:kauf)?empfehlung\\b|\\bpreis-?leistung\\w*\\b(?!(?:[^.!?\\n]{0,20})\\b(?:nicht|kein\\w*|schlecht\\w*)\\b)',
    1,
  ],
];
