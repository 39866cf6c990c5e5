// Factual complaints (issue #14): in a support inbox a report of a failure is negative even
// without an evaluative word. Weighted phrase patterns (regex sources for `rx`), both languages:
// things that did not happen or do not work, waiting and "still", "again", counts of attempts,
// missing information, too much or too little, regret and counterfactuals ("hätte ich nur"),
// complaint questions, and "nix"/"nothing" as the whole outcome.

export const FACTUAL_DE: Array<[string, number]> = [
  ['\\b(?:fällt|fiel|fallen) (?:\\w+ )?aus\\b|\\bausgefallen\\b|\\b(?:kommt|kam|kamen) (?:\\w+ )?nicht\\b', -1.5],
  [
    '\\bnicht (?:gekommen|abgeholt|geliefert|angekommen|zugestellt|erschienen|bearbeitet|repariert|erstattet|zu verstehen|zu erreichen|erreichbar)\\b',
    -1.5,
  ],
  ['\\b(?:nix|gar nichts|überhaupt nichts|nichts mehr)\\b', -1.5],
  [
    '\\bkein(?:e|en|erlei)? (?:durchsage|information\\w*|info|antwort|rückmeldung|reaktion|ersatz|hilfe|platz|sitzplatz|empfang|netz|wlan)\\w*\\b',
    -1.5,
  ],
  ['\\b(?:immer noch|noch immer|schon wieder|wie immer|wie üblich|jedes mal)\\b', -1],
  [
    '\\bseit (?:über |fast |mehr als )?\\d+ ?(?:min\\w*|std|stunden?|tage?n?|wochen?)\\b|\\bvor \\d+ (?:tagen|wochen)\\b',
    -1,
  ],
  [
    '\\b(?:hätte|hätten) (?:ich|wir) (?:\\w+ ){0,4}(?:sollen|nehmen sollen|gebucht|gekauft|bestellt)\\b|\\bwenn ich das (?:vorher )?gewusst hätte\\b|\\bwäre mir lieber gewesen\\b|\\bhätte (?:ich )?mir mehr erwartet\\b',
    -1.5,
  ],
  [
    '\\b(?:so|zu|viel zu|total|extrem) (?:laut|eng|klein|groß|teuer|langsam|dünn|schwer|heiß|kalt|voll|wenig|viel|spät|kurz)\\b',
    -1.5,
  ],
  [
    "\\b(?:war|ist) (?:er|sie|es|das) (?:aber )?nicht\\b|\\bgibt(?:'?s| es) (?:\\w+ )?(?:nicht|keine?n?)\\b|\\bgab es (?:\\w+ ){0,3}(?:nichts|keine?n?)\\b",
    -1.5,
  ],
  ['\\b(?:\\w+ )?verschiedene (?:auskünfte|aussagen|antworten|infos)\\b', -1.5],
  ['\\bbricht (?:\\w+ ){0,5}ab\\b|\\bstürzt (?:\\w+ ){0,3}ab\\b|\\bhängt sich auf\\b', -1.5],
  ['\\b(?:warum|wieso|weshalb) (?:muss|müssen|gibt es|dauert|kann|darf|wird|werden)\\b[^.!?\\n]{0,80}\\?', -1],
  ['\\bwer (?:plant|hat sich|denkt sich|macht) (?:\\w+ ){0,3}(?:sowas|so etwas|ausgedacht|das)\\b', -1.5],
  ['\\b(?:schmeckt|riecht|stinkt) (?:\\w+ )?nach\\b', -1],
  ['\\bnicht (?:zu )?(?:empfehlen|gebrauchen)\\b|\\bnein danke\\b|\\bwas soll man sagen\\b', -1.5],
  ['\\b(?:auf den|auf dem|im) (?:fotos?|bildern?|bild|katalog)\\b[^.!?\\n]{0,40}\\b(?:aus|besser|anders)\\b', -1.5],
  [
    '\\b(?:hält|hielt) (?:keine|nicht mal|kaum) \\d+\\b|\\bbeworben wurden?\\b|\\bangegeben (?:waren|war|sind)\\b',
    -1.5,
  ],
  ['\\bstatt (?:der )?(?:bestellten )?\\d+\\b[^.!?\\n]{0,40}\\bnur\\b|\\bnur \\d+ (?:von|statt)\\b', -1.5],
  [
    '\\b(?:stehe|stehen|sitze|sitzen|warte|warten) (?:jetzt |hier |immer noch )?(?:im gang|am bahnsteig|in der kälte|fest|seit)\\b',
    -1,
  ],
  ['\\bwusste (?:\\w+ )?nicht\\b|\\bkonnte (?:\\w+ ){0,4}nicht\\b|\\bfinde (?:gar |überhaupt )?nichts\\b', -1],
];

export const FACTUAL_EN: Array<[string, number]> = [
  [
    "\\bnever (?:showed|arrived|came|turned up|got|received|heard)\\b|\\b(?:didn't|did not|doesn't|does not|hasn't|has not) (?:show|arrive|come|turn up|work|exist)\\b",
    -1.5,
  ],
  [
    "\\b(?:don't|doesn't|didn't) exist\\b|\\b(?:wasn't|isn't|weren't) (?:there|here|included|in the box)\\b|\\bnothing (?:here|there|arrived|happened)\\b",
    -1.5,
  ],
  [
    '\\bstill (?:"|“)?(?:processing|pending|waiting|not|no|nothing|broken|missing)\\b|\\bas usual\\b|\\bonce again\\b|\\byet again\\b',
    -1.5,
  ],
  ["\\b(?:should've|should have|would've|could've|wish i had|wish i'd) (?:just )?\\w+", -1.5],
  [
    "\\bcan't find (?:anything|it|them)\\b|\\b(?:no|zero) (?:announcement|information|info|update|reply|answer|response|signal|wifi|seats?)\\b",
    -1.5,
  ],
  [
    '\\b(?:\\d+|two|three|four|five) (?:calls|emails|agents|times), (?:\\d+|two|three|four|five) different\\b|\\bdifferent answers?\\b',
    -1.5,
  ],
  ['\\b(?:standing|stuck|stranded|waiting) (?:in|on|at|for)\\b', -1],
  ['\\bwho (?:designed|planned|thought)\\b', -1],
  ['\\b(?:ordered|paid|booked|sent) (?:\\w+ ){0,3}\\d+ (?:days|weeks) ago\\b', -1],
  ['\\bonly (?:\\d+|two|three|four) (?:of|out of|were)\\b|\\binstead of (?:the )?\\d+\\b', -1.5],
  ['\\b(?:so|too|way too) (?:loud|small|tight|expensive|slow|thin|heavy|hot|cold|full|late|short)\\b', -1.5],
  [
    '\\b(?:out of order|ran out|run out|way off|not worth|no thanks|no wheelchair|left behind|was diverted|were diverted|came apart|fell apart|went bang|then nothing|had i known|i expected more|i expect better|expected better)\\b',
    -1.5,
  ],
  ["\\b(?:it|she|he|they) (?:wasn't|isn't|weren't|aren't|didn't|doesn't)\\.", -1.5],
  ["\\b(?:why|how come) (?:is|are|does|do|did|must|can|can't|won't)\\b[^.!?\\n]{0,80}\\?", -1],
  [
    '\\bis there a reason\\b|\\b(?:tastes|smells) like\\b|\\bwould be (?:great|nice) if (?:it|they|you) (?:actually|just)\\b',
    -1.5,
  ],
  [
    '\\b(?:\\d+|two|three|ten|twenty|thirty|forty|fifty) (?:minutes|hours|mins) late(?:r)?\\b|\\bnearly (?:\\w+ )?hours? late\\b',
    -1.5,
  ],
  [
    "\\b(?:said|says|stated|advertised)\\b[^.!?\\n]{0,40}\\b(?:it|but)\\b[^.!?\\n]{0,20}\\b(?:came|was|is|wasn't|isn't|arrived)\\b",
    -1,
  ],
];

/** English words our own list and VADER miss (format as in valence-de.ts). */
export const VALENCE_EN_2 = `
-2: inaudible unreadable unusable filthy grimy sticky soggy mouldy leaky trash rubbish
-1.5: wet damp packed overcrowded crammed cardboard flimsy tacky cheap-looking faulty freezing
-1.5: diverted cancelled delayed overcharged hype overhyped meh nope
-1: crowded noisy smelly stuffy cramped
`;
