// Part 5: travel and rail, telecom and banking, social-media slang and English loans.
export const LEXICON_DE_5 = `
-2.5: bahnchaos zugchaos reisechaos streikchaos flugchaos verkehrschaos totalchaos wetterchaos
-2.5: gestrandet festgesessen festsitzen zwangsaufenthalt
-2.5: epicfail wtf omfg fml scheißtag horrortag
-2: überfüllt proppenvoll rappelvoll stickig verdreckt vermüllt zugemüllt unhygienisch
-2: zugausfälle stellwerksstörung weichenstörung signalstörung oberleitungsstörung personalmangel
-2: fahrzeugstörung türstörung klimaausfall heizungsausfall triebwerksschaden
-2: streik warnstreik bahnstreik lokführerstreik ausstand
-2: gleiswechsel anschlusszug verpasst
-2: ausgebucht überbucht überbuchung zwangsumbuchung umbuchung
-2: eiskalt arschkalt saukalt
-2: funkstille sendepause totalausfall netzprobleme drosselung gedrosselt
-2: abgezockt abgekassiert ausgenommen
-2: kontopfändung rücklastschrift rückbuchung fehlabbuchung lastschriftrückgabe
-2: mimimi boah ey alter krass übelst brutal
-2: facepalm cringe sus bruh
-2: nervig nervt genervt nervtötend
-1.5: stehplatz ersatzzug ersatzbus ersatzhaltestelle schienenersatz
-1.5: ausfallend ausgefallene entfällt gestrichen teilausfall
-1.5: zugbindung entschädigungsantrag erstattungsantrag
-1.5: warteschlange chatbot
-1.5: hä häh hm hmm seufz ächz uff puh
2: pünktlichkeit pünktlich bequem sauber klimatisiert geräumig komfortabel
2: lovely nice cool awesome perfect
2: yay juhu juchu hurra
2.5: top wow
-2: angeblafft angepampt angemotzt angeschnauzt
-1.5: klebrig nass feucht verklebt kälte knall pappe
`;
