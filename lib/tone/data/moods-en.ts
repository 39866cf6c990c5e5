import type { MoodRules } from './mood-types';

// English cues for customer moods, written for Tonlage. Format as in moods-de.ts.

export const MOODS_EN: MoodRules = {
  anger: [
    ['\\b(?:unacceptable|outrageous|disgrace\\w*|disgusting|appalling|shameful|scandalous|insulting)\\b', 0.55],
    ['\\b(?:scam\\w*|fraud\\w*|rip-?off|ripping (?:me|us|people) off|con artists?)\\b', 0.55],
    ['\\b(?:furious|livid|angry|outraged|pissed(?: off)?|fuming|mad at)\\b', 0.55, 'n'],
    ['\\b(?:ridiculous|absurd|pathetic|joke|incompetent|useless|worst|terrible|horrible|awful)\\b', 0.45],
    ['\\b(?:wtf|wth|crap|shit\\w*|damn\\w*|bloody|hell)\\b', 0.5],
    ['\\b(?:rude\\w*|hung up|yelled|shouted|disrespect\\w*)\\b', 0.4],
    ['\\b(?:last straw|sick and tired|how dare|enough is enough|what is wrong with)\\b', 0.5],
    ['!{3,}|\\?!|!\\?', 0.3],
  ],
  frustration: [
    [
      '\\b(?:again|once more|yet again|for the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time|(?:second|third|fourth|fifth) time|(?:two|three|four|five) times|several times|multiple times|every (?:single )?time|keep getting|keeps? \\w+ing)\\b',
      0.45,
    ],
    ["\\bstill (?:waiting|no|not|haven't|have not|don't|do not)\\b", 0.4],
    ['\\bstill\\b', 0.25],
    [
      '\\b(?:for (?:over |more than )?(?:\\d+|a|an|two|three|four|five|several) (?:days?|weeks?|months?|hours?))\\b|\\bit has been (?:a|an|\\d+|two|three|four) \\w+',
      0.45,
    ],
    ['\\b(?:waiting|waited|on hold)\\b', 0.25],
    [
      '\\b(?:no (?:response|reply|answer)|nobody (?:answers|responds|replies|is answering|told|calls)|never (?:heard|got) back|no one (?:answers|responds))\\b',
      0.5,
    ],
    ['\\b(?:disappoint\\w*|frustrat\\w*|annoy\\w*|fed up|tired of|getting tired|sick of|upset)\\b', 0.5],
    ['\\bnot (?:happy|satisfied|pleased|great|good enough)\\b|\\b(?:unhappy|dissatisfied|unsatisfied)\\b', 0.55, 'n'],
    ['\\b(?:not the first time|same (?:issue|problem|answer)|automated answer|from scratch|excuses?)\\b', 0.45],
    ['\\bfinally\\b|\\bcan (?:someone|anyone|a human)\\b', 0.35],
    [
      "\\b(?:won't|doesn't|does not|still won't|can't|cannot) (?:work|connect|load|start)|\\b(?:complicated|so hard|impossible to)\\b",
      0.35,
    ],
    ["\\b(?:i have asked|i've asked|i have written|i've written|i have called|asked \\w+ times)\\b", 0.45],
  ],
  public_threat: [
    ['\\b(?:instagram|facebook|twitter|tiktok|youtube|linkedin|reddit|social media|x\\.com)\\b', 0.2],
    ['\\b(?:followers?|subscribers|my community|my audience)\\b', 0.15],
    ['\\b(?:trustpilot|yelp|google reviews?|reviews?|rating)\\b', 0.15],
    ['\\b(?:one|1)[- ]star\\b', 0.4, 'c'],
    ['\\b(?:press|newspaper|media|journalist\\w*|reporter|tv|blog|story)\\b', 0.4, 'c'],
    ['\\b(?:post\\w*|share|sharing|tell everyone|warn\\w*|expose|go public|public\\w*|hear about)\\b', 0.25, 'c'],
    ['\\b(?:everyone (?:i know|on)|make sure everyone|warn others|go viral|all my friends)\\b', 0.5],
  ],
  cancellation: [
    [
      '\\b(?:cancel\\w*|unsubscribe|terminate\\w*)\\b',
      0.6,
      '',
      '\\b(?:was|were|has been|have been|got|is|already|been)\\b[^.!?\\n]{0,30}\\bcancell?ed\\b|\\bcancell?ed (?:my|the|our) (?:order|booking)\\b(?! for me)',
    ],
    [
      '\\b(?:close|delete|end|stop)\\b[^.!?\\n]{0,30}\\b(?:account|subscription|membership|contract|plan|deliver(?:y|ies))\\b|\\b(?:account|contract|subscription)\\b[^.!?\\n]{0,25}\\b(?:ended|closed)\\b',
      0.55,
    ],
    ["\\b(?:withdraw\\w*|don't renew|do not renew|not renew\\w*)\\b", 0.55],
    [
      '\\b(?:never (?:order\\w*|buy\\w*|shop\\w*) (?:from you |here )?again|take my business elsewhere|switch\\w* (?:to|providers?)|going elsewhere)\\b',
      0.5,
    ],
    ["\\bi'm done\\b|\\bi am done\\b", 0.3],
  ],
  legal_threat: [
    ['\\b(?:lawyers?|attorneys?|solicitors?|legal (?:action|steps|advice)|law firm)\\b', 0.7],
    ['\\b(?:sue|suing|sued|lawsuit|court|small claims|breach of contract)\\b', 0.7],
    [
      '\\b(?:consumer protection|trading standards|better business bureau|bbb|ombudsman|regulator|ftc|ofcom|ofgem)\\b',
      0.6,
    ],
    ['\\b(?:police|report (?:you|this) to|file a (?:complaint|report) with)\\b', 0.5],
    ['\\b(?:chargeback|dispute (?:the|this) (?:charge|payment)|credit card company)\\b', 0.45],
    ['\\b(?:deadline|within \\d+ days|otherwise|final notice)\\b', 0.2],
  ],
  grief: [
    [
      '\\b(?:passed away|died|dead|death|deceased|funeral|late (?:husband|wife|father|mother|son|daughter|grandmother|grandfather|partner)|my late|put (?:\\w+ )?down|put to sleep|no longer with us)\\b',
      0.7,
    ],
    ['\\b(?:grief|grieving|bereave\\w*|condolences|estate|widow\\w*|passing)\\b', 0.4],
    [
      '\\b(?:lost|losing) (?:my|our) (?:husband|wife|father|dad|mother|mum|mom|son|daughter|child|brother|sister|grandmother|grandfather|partner|dog|cat|pet)\\b',
      0.65,
    ],
  ],
  urgency: [
    ['\\b(?:urgent\\w*|asap|emergency|immediately|right now|time-sensitive|expedite|as soon as possible)\\b', 0.5],
    [
      '\\b(?:tonight|by tomorrow|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|then|it ships)|deadline|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
      0.35,
    ],
    ['\\bneed (?:it|this|the \\w+|them)\\b[^.!?\\n]{0,40}\\b(?:by|before|today|tomorrow)\\b', 0.4],
    ['\\b(?:birthday|event|flight|appointment|wedding|tomorrow)\\b', 0.1],
    ['\\b(?:still possible|really need it|quick one)\\b', 0.3],
  ],
  confusion: [
    [
      "\\b(?:i )?(?:don't|do not|didn't|dont) (?:understand|get it|get how|get why|know (?:how|what|where|which))\\b",
      0.55,
    ],
    [
      "\\b(?:confus\\w*|unclear|not clear|not sure|no idea|lost here|makes no sense|doesn't make sense|puzzled)\\b",
      0.5,
    ],
    ['\\b(?:what does|what is the difference|which (?:one|charger|model|version|size))\\b', 0.35],
    ['^\\s*\\?{2,}\\s*$', 0.7],
    ["\\b(?:can't find|cant find|cannot find|dumb question)\\b", 0.35],
  ],
  praise: [
    ['\\b(?:thank you|thanks|thx|cheers|many thanks)\\b', 0.2, 'n'],
    ['\\b(?:grateful|appreciate\\w*)\\b', 0.45, 'n'],
    [
      '\\b(?:great job|well done|keep up the good work|kudos|above and beyond|legend|lifesaver|10/10|recommend)\\b',
      0.55,
      'n',
    ],
    [
      '\\b(?:amazing|brilliant|excellent|fantastic|wonderful|outstanding|superb|impressed|love|perfect\\w*|great|awesome|helpful|friendly|patient|lovely|so much better|best)\\b',
      0.4,
      'n',
    ],
  ],
  sarcasm: [
    [
      "\\bthanks for nothing\\b|\\b(?:great|brilliant|perfect|wonderful|fantastic|lovely)[,.!]? just (?:great|brilliant|perfect|wonderful|fantastic|lovely)\\b|\\boh (?:great|wonderful|fantastic|brilliant|perfect|joy|lovely)\\b|\\byeah,? (?:right|sure)\\b|\\bcan't wait to see\\b|\\bwhat a surprise\\b",
      0.7,
    ],
    [
      '(?:^|[.!?]\\s+)(?:great|brilliant|fantastic|wonderful|perfect(?: timing)?|lovely|amazing|wow|well done|bravo)[,.!]',
      0.4,
      'c',
    ],
    ['\\b(?:love (?:how|it|that)|really helpful|so helpful|amazing\\.?\\s*$)', 0.35, 'c'],
  ],
};
