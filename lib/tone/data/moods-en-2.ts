import type { MoodRules } from './mood-types';

// More English cues (issue #14); format as in moods-de-2.ts.

export const MOODS_EN_2: MoodRules = {
  anger: [
    [
      '\\b(?:crooks?|thie(?:f|ves)|theft|idiots?|muppets?|clowns?|morons?|cowboys|no decency|how dare|f\\*+(?:ing|ed)?|fucking|fuck\\w*|bastards?|liars?)\\b',
      0.55,
    ],
    ["\\b(?:so angry|i'm livid|absolutely furious|unbelievable)\\b", 0.5],
  ],
  frustration: [
    [
      "\\b(?:i'm so over|i am so over|had enough|give up|i'm done|losing my patience|lost my patience|at my wits'? end|fed up|sick of this)\\b",
      0.6,
    ],
    [
      '\\b(?:(?:second|third|fourth|fifth|sixth) (?:email|time|call|message|agent)|(?:twice|three times|four times|five times) (?:already|now)?|written twice|(?:three|four|five) different agents|tried being nice)\\b',
      0.5,
    ],
    ['\\b(?:nobody ever does|nothing happens|different answer|goes dead|round in circles|in circles)\\b', 0.45],
  ],
  public_threat: [
    [
      "\\b(?:i'll|i will|i'm going to|going to|i'm|will be|next step is|make sure)\\b[^.!?\\n]{0,80}\\b(?:post\\w*|shar\\w*|tell\\w*|review\\w*|public|twitter|reddit|facebook|instagram|tiktok|youtube|trustpilot|blog|followers|group|press|newspaper)\\b",
      0.6,
      '',
      "\\b(?:followed you|i read|i've read|i saw|from your post)\\b",
    ],
    [
      '\\b(?:may end up on|screenshotting|screenshots?|journalist|reporter|editor|readership|readers|for an article|a statement|my blog|parenting blog|going viral)\\b',
      0.5,
      '',
      '\\b(?:followed you|i read the reviews)\\b',
    ],
  ],
  cancellation: [
    [
      '\\b(?:stop sending|stop the (?:deliveries|boxes|subscription)|end (?:my|her|his|the) (?:plan|contracts?|subscription|membership)|remove (?:the|an?) \\w+ item|close (?:my|her|his) account)\\b',
      0.6,
    ],
  ],
  grief: [
    [
      '\\b(?:said goodbye to|rainbow bridge|passed (?:away|on|before)|he passed|she passed|is dead|lost (?:our|my) (?:baby|boy|girl)|had to let (?:him|her) go|put to sleep|no longer with us|died)\\b',
      0.7,
    ],
  ],
  urgency: [
    [
      '\\b(?:by (?:express|courier)|right now|need (?:someone|help|it) (?:now|today|urgently)|emergency)\\b|\\bNOW\\b',
      0.55,
    ],
    [
      '\\bby (?:\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|tomorrow|monday|tuesday|wednesday|thursday|friday|the weekend|end of (?:the )?(?:day|week))\\b[^.!?\\n]{0,60}\\b(?:or|otherwise|else)\\b',
      0.6,
    ],
    [
      "\\b(?:or (?:we'll|we will|i'll|i will) (?:miss|lose)|otherwise (?:i|we) (?:miss|lose|can't)|need the \\w+ for work|before then)\\b",
      0.5,
    ],
    [
      '\\b(?:heating|power|water)\\b[^.!?\\n]{0,40}\\b(?:out|off|cut)\\b|\\b(?:newborn|baby|-\\d+)\\b[^.!?\\n]{0,40}\\bneed\\b',
      0.5,
    ],
  ],
  confusion: [
    [
      '\\b(?:hang on|i thought|what am i missing|no idea what|which is it|makes no sense|contradict\\w*|one (?:agent|person) says)\\b',
      0.5,
    ],
    ["\\b(?:can't work out|cannot work out|can't figure out|don't get)\\b", 0.55],
  ],
  praise: [
    [
      '\\bthank(?:s| you)\\w* (?:\\w+ )?(?:much )?for (?:the|your|such) (?:\\w+ )?(?:quick|fast|great|kind|amazing|speedy|helpful|excellent|brilliant|patient|friendly)\\b',
      0.55,
      'n',
    ],
    [
      '\\b(?:so impressed|lifesavers?|compliments to|fantastic support|really took the time|above and beyond|thank you so much for (?:your|the) (?:help|patience|kindness))\\b',
      0.6,
      'n',
    ],
  ],
  sarcasm: [
    [
      "\\b(?:only took \\w+ (?:weeks|days|months)|truly impressive|who could(?:'ve| have) seen that coming|nailed it|good to know my call|funny how|what a coincidence|congratulations on|real professional|very professional|oh (?:lovely|wonderful|great|brilliant|joy))\\b",
      0.6,
    ],
    ['\\bthank(?:s| you)\\w* (?:\\w+ )?(?:much )?for (?:closing|ignoring|nothing|the lightning)\\b', 0.65],
    ['^\\s*(?:great|brilliant|perfect|wonderful|fantastic|lovely)[,.!]', 0.45, 'c'],
  ],
  legal_threat: [
    [
      '\\b(?:watchdog|data protection|gdpr|subject access|debt collect\\w*|legal proceedings|crime reference|reported (?:this|it) to the police)\\b',
      0.6,
    ],
  ],
};
