// Part 3: positive judgements and feelings.
export const LEXICON_DE_3 = `
3: hervorragend ausgezeichnet exzellent herausragend überragend phänomenal sensationell fantastisch
3: phantastisch grandios genial großartig wunderbar wundervoll traumhaft himmlisch göttlich
3: perfekt makellos tadellos einwandfrei vorbildlich beispielhaft erstklassig weltklasse spitzenklasse
3: begeistert begeisterung überglücklich glücklich hocherfreut entzückt hingerissen
3: lebensretter retter held heldin engel goldwert
2.5: super spitze klasse toll prima top mega genial bombastisch hammermäßig geil
2.5: empfehlenswert empfehlung weiterempfehlen empfehlen lobenswert bemerkenswert beeindruckend beeindruckt
2.5: zuvorkommend hilfsbereit entgegenkommend kulant großzügig aufmerksam fürsorglich herzlich warmherzig
2.5: freundlich liebenswürdig sympathisch charmant höflich respektvoll wertschätzend verständnisvoll
2.5: kompetent fachkundig sachkundig professionell souverän kundig erfahren versiert
2.5: zufrieden hochzufrieden zufriedenheit dankbar dankbarkeit erleichtert erleichterung
2.5: gefreut freude freudig erfreut erfreulich froh fröhlich heiter
2.5: dankeschön
2: gut prima schön nett angenehm erfreulich positiv gelungen geglückt erfolgreich erfolg
2: pünktlich
2: zuverlässig verlässlich seriös vertrauenswürdig ehrlich fair transparent korrekt gewissenhaft
2: sorgfältig gründlich ordentlich sauber gepflegt liebevoll detailverliebt akkurat präzise
2: hochwertig wertig edel solide robust stabil langlebig strapazierfähig belastbar
2: praktisch handlich bequem komfortabel benutzerfreundlich intuitiv übersichtlich verständlich
2: unkompliziert problemlos reibungslos mühelos elegant
2: preiswert günstig preisgünstig erschwinglich lohnenswert lohnend
2: hilfreich nützlich wertvoll sinnvoll zweckmäßig brauchbar tauglich
2: geduldig gelassen entspannt besonnen
2: kreativ innovativ modern clever schlau intelligent smart durchdacht
2: lecker köstlich schmackhaft frisch duftend
2: schätzen wertschätzung anerkennung lob loben gelobt bedanken bedanke
2: gerettet geholfen gelöst behoben repariert
2: funktioniert funktionieren klappt geklappt läuft bestens
2: gefällt gefallen lieben geliebt wohlfühlen
2: überzeugt überzeugend bärenstark beachtlich ansehnlich
2: weitermachen bravo chapeau respekt
1.5: passt passend ordentlich solide brauchbar
1.5: bemüht bemühen bemühung engagiert engagement einsatz mühe
1.5: beruhigt beruhigend
1: interessant spannend neugierig
`;
