// Part 4: verbs and nouns of complaint and of relief; everyday and colloquial words.
export const LEXICON_DE_4 = `
-2.5: abzocken abkassieren ausnehmen übervorteilen betrügen belügen anlügen täuschen hintergehen prellen
-2.5: beschummeln bescheißen verarschen veräppeln verschaukeln reinlegen ausbeuten
-2.5: beschimpfen anschreien anbrüllen anpöbeln anmaulen anblaffen demütigen beleidigen kränken
-2.5: ignorieren abwimmeln abspeisen vertrösten hinhalten aussitzen verschleppen abblocken
-2.5: verschlampen verbummeln vergeigen versemmeln vermasseln verpfuschen verbocken verhunzen verkacken
-2.5: ruinieren zerstören kaputtmachen beschädigen demolieren zertrümmern
-2: schummeln mogeln tricksen lügen verschweigen vertuschen abstreiten leugnen
-2: verweigern ablehnen abweisen zurückweisen abschmettern blockieren sperren
-2: drohen androhen erpressen nötigen schikanieren belästigen bedrängen terrorisieren
-2: verzweifeln resignieren aufgeben kapitulieren
-2: ärgern aufregen empören entrüsten wüten toben schimpfen fluchen meckern motzen maulen nörgeln
-2: leiden quälen plagen jammern klagen beklagen heulen weinen
-2: versagen scheitern misslingen fehlschlagen danebengehen schiefgehen floppen
-2: kaputtgehen zerbrechen zerreißen platzen reißen brechen splittern bersten
-2: ausfallen abstürzen einfrieren hängenbleiben aufhängen abschmieren
-2: verlieren verlegen verschwinden abhandenkommen
-2: stinken schimmeln faulen verderben verrotten rosten gammeln
-2: betrugsversuch betrugsfall täuschungsversuch phishing spam spammail
-2: beschwerdebrief beschwerdemail beschwerdestelle schlichtungsstelle verbraucherzentrale
-2: ärgernis aufreger zumutungen misere dilemma bredouille schlamassel patsche
-2: kundenunfreundlichkeit servicewüste servicekatastrophe
-2: ausrede ausreden ausflüchte vorwand floskel floskeln textbaustein standardantwort
-2: lustlosigkeit gleichgültigkeit ignoranz arroganz inkompetenz unfähigkeit schlamperei
-2: pfusch pfuscherei murks flickwerk stümperei dilettantismus
-2: hinhalterei verschleppung verzögerungstaktik hinhaltetaktik vertröstung
-2: enttäuschungen frustration frustrationen wut zorn empörung entrüstung ärger groll
-2: traurigkeit trauer schmerz verzweiflung angst sorgen kummer leid
-2: horrorerlebnis horrortrip spießrutenlauf odyssee irrfahrt tortur marathon
-1.5: nerven stören behindern erschweren verkomplizieren verzögern verschieben
-1.5: zweifeln bezweifeln misstrauen hinterfragen
-1.5: mahnen anmahnen drängeln nachhaken
-1.5: reklamieren beanstanden monieren bemängeln kritisieren rügen
-1.5: bereuen bedauern vermissen
-1.5: vergessen übersehen verpassen versäumen verschlafen
-1.5: nachzahlen draufzahlen blechen berappen
-1.5: überfordern überlasten
-1: kritik kritikpunkt minuspunkt abzug manko schwachstelle schwachpunkt haken
-1: umtausch rücksendung rückgabe reklamationsgrund
1.5: beruhigen trösten ermutigen
1.5: danken bedanken loben würdigen anerkennen
2: freuen genießen lieben schätzen bewundern
2: gelingen glücken klappen funktionieren
2: retten erleichtern überzeugen begeistern
2: wohlfühlen aufatmen
2: zuverlässigkeit pünktlichkeit schnelligkeit kompetenz professionalität sorgfalt qualität
2: topqualität spitzenqualität spitzenservice topservice superservice traumservice
2: lieblingsshop lieblingsladen lieblingsprodukt
2.5: glücksfall glücksgriff volltreffer meisterleistung glanzleistung bestnote
`;
