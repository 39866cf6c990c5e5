// English valence lexicon, written for Tonlage (not derived from AFINN, VADER or others).
// Format as in valence-de.ts: one line per weight, a trailing * marks a stem.

export const VALENCE_EN = `
-3: terrible horrible awful worst disgusting disgraceful disgrace outrageous unacceptable appalling atrocious
-3: pathetic scam scammed scammers fraud fraudulent ripoff furious livid useless incompetent shameful nightmare
-3: abysmal dreadful horrendous crap crappy shit shitty garbage hate hated hates disgusted worthless insulting
-3: unprofessional idiot idiots criminal scandalous
-2.5: ridiculous rude rudely rubbish disaster disastrous insult shocking unusable hopeless lied lying liars
-2.5: nasty ignored ignoring ignores joke laughable infuriating outraged pissed unbelievable angry
-2: bad poor broken damaged faulty defective disappointed disappointing disappointment annoyed annoying
-2: frustrated frustrating frustration upset unhappy unsatisfied dissatisfied fail failed fails failure
-2: mess messed waste wasted worse unreliable sad grief painful pain died dead death stupid dumb regret
-2: regrets misleading lazy careless shoddy flimsy overpriced leaking cracked scratched shattered ruined
-2: hopeless beware avoid crashes crashed buggy sick tired sucks stressful stressed horrid
-1.5: wrong late delay delayed delays delayed missing error errors complicated confusing loss worried
-1.5: worry inconvenience excuse excuses complaint complain complaining mediocre meh lost stuck slow
-1.5: expensive uncomfortable unclear chargeback cancelled
-1: problem problems issue issues sorry sadly unfortunately cheap confused barely waiting waited
-1: difficult hassle odd weird strange charged twice lacking bland breaks broke
-2: underwhelming poorly malfunction malfunctioning malfunctioned defect unanswered stinks torn ripped snapped
-2: dented mouldy moldy rusty rusted shoddily
-1.5: cheaply leaks leak leaky wobbly squeaky squeaks stained peeling faded glitchy glitch glitches freezes froze
-1.5: soaked disconnected overcharged scratches scratch chipped smelly flaky lagging
-1: allegedly supposedly
-0.5: constantly refund refunds
0.5: ok okay
1: sturdy durable comfy accurate
1: thanks thank thx fine fair decent quick quickly fast prompt promptly welcome cheers sorted
1: arrived solved fixed fits works worked working better improved worth safe secure clean neat
1.5: helped resolved smooth smoothly comfortable cool solid appreciated appreciate appreciative easy
1.5: respect kindly convenient handy reliable effortless painless
2: good great nice happy pleased glad helpful friendly kind patient polite professional recommend
2: recommended satisfied efficient grateful thankful enjoy enjoyed enjoying beautiful super pleasure
2: pleasant love loved loves lovely gem lifesaver reassuring responsive courteous knowledgeable
2.5: excellent amazing awesome fantastic wonderful brilliant outstanding superb perfect perfectly delighted
2.5: thrilled exceptional incredible impressed impressive best legend flawless wow stellar
`;

/** Multi-word expressions, as regex sources for `rx`, with their weight. */
export const PHRASES_EN: Array<[string, number]> = [
  ['\\bnever again\\b', -2.5],
  ['\\bwould (?:definitely |highly )?recommend\\b', 1],
  ['\\b(?:keep up the good work|great job|well done|above and beyond)\\b', 2.5],
  [
    "\\b(?:never|not|hasn't|haven't|didn't|has not|have not|did not|still not|yet to be) (?:arrived|received|delivered|come|shown up|showed up)\\b",
    -2,
  ],
  ['\\bno (?:response|reply|answer|one answers|callback)\\b', -2],
  ['\\bstill (?:waiting|no|not)\\b', -1.5],
  ['\\b(?:too late|fed up|sick and tired|last straw)\\b', -2],
  ['\\bmoney back\\b', -1],
  ['\\b(?:one|1)[- ]star\\b', -2],
  ['\\b(?:five|5)[- ]stars?\\b', 2],
  ['\\bhung up\\b', -2],
  ['\\bwhat a joke\\b', -1],
  [
    "\\b(?:won't|doesn't|does not|will not|didn't|did not|can't|cannot) (?:work|connect|start|turn on|charge|load)\\b",
    -2,
  ],
  // Complaint patterns of reviews and tickets that need no charged word.
  ["\\bstill (?:haven't|hasn't|have not|has not|don't|doesn't|didn't|can't|isn't|nothing|no sign)\\b", -1.5],
  [
    "\\b(?:haven't|hasn't|have not|has not|wasn't|was not|never been|not been|not yet been) (?:been )?(?:refunded|updated|processed|shipped|dispatched|fixed|resolved|replied|answered|credited|returned)\\b",
    -1.5,
  ],
  ["\\b(?:isn't|is not|wasn't|was not|never) (?:here|there)\\b", -1],
  ['\\b(?:and|but) (?:still )?nothing\\b|\\bnothing (?:yet|so far)\\b', -1.5],
  [
    '\\b(?:nobody|no one|no-one) (?:is )?(?:getting back|got back|gets back|answers?|answered|responds?|responded|replie[sd]|helps|helped|cares|calls|called)\\b',
    -2,
  ],
  [
    '\\btook (?:over |more than |almost |nearly )?(?:\\d+|two|three|four|five|six|several) (?:days|weeks|months) to\\b',
    -1.5,
  ],
  [
    '\\b(?:for|since|over) (?:over |more than )?(?:\\d+|two|three|four|five|six|several|many) (?:days|weeks|months)\\b',
    -0.75,
  ],
  ['\\bnot worth (?:it|the (?:money|price|hassle|wait))\\b|\\bwaste of (?:money|time)\\b', -2.5],
  ['\\b(?:nothing|not) like (?:the |in the )?(?:picture|photo|photos|pictures|description|listing|ad)\\b', -2],
  [
    "\\b(?:not|isn't|wasn't|aren't|weren't|never) (?:as|what was) (?:described|pictured|advertised|shown|promised|expected)\\b",
    -2,
  ],
  [
    '\\b(?:smaller|shorter|thinner|weaker|slower|louder|worse|flimsier|lower|less)\\b[^.!?\\n]{0,20}\\bthan (?:advertised|described|expected|stated|promised|pictured|shown)\\b',
    -1.5,
  ],
  ['\\btoo (?:small|big|short|tight|loose|thin|heavy|loud|expensive|slow)\\b', -1],
  [
    '\\b(?:got |was |were )?cut off\\b|\\bkeeps? (?:crashing|freezing|breaking|logging (?:me )?out|disconnecting)\\b',
    -1.5,
  ],
  ['\\b(?:returning|sending) (?:it|them|this|these)(?: back)?\\b|\\bsent (?:it|them) back\\b', -0.75],
  ['\\b(?:wrong|incorrect) (?:item|size|colou?r|order|product|address|amount)\\b', -1],
  ['\\b(?:two|2) stars\\b', -1],
  ['\\b(?:zero|0) stars?\\b', -2.5],
  ['\\b(?:four|4) stars\\b', 1.5],
  ['\\b1 ?/ ?(?:5|10)\\b', -2],
  ['\\b(?:5 ?/ ?5|10 ?/ ?10)\\b', 2],
  // Short positive reviews.
  [
    "(?<!not )(?<!isn't )(?<!wasn't )(?<!never )\\b(?:as|exactly as) (?:described|pictured|advertised|shown|expected)\\b",
    1,
  ],
  [
    "\\bdoes (?:the job|what it says|exactly what it says)\\b|\\bdoes what it(?:'s| is) supposed to\\b|\\bexactly what I (?:needed|wanted|ordered)\\b",
    1.5,
  ],
  [
    '\\b(?:would|will) (?:definitely |happily |gladly )?(?:buy|order|shop) (?:again|here again|from (?:you|them) again)\\b',
    2,
  ],
  [
    "\\bno (?:complaints|problems|issues)(?: at all| whatsoever| so far)?\\b|\\bcan(?:no|'|)t (?:fault|complain)\\b",
    1.5,
  ],
  ['\\b(?:good|great|excellent) value\\b|\\bvalue for money\\b|\\bfits (?:true to size|perfectly|well)\\b', 1],
];
