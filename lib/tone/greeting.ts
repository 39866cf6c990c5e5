import { foldWord } from './text';
import type { ToneLanguage } from './types';

// Greetings that keep the draft's register (issue #19): a fix never turns "Guten Tag Frau …"
// into "Hallo Vorname Nachname", never guesses a gender the page did not give, and takes the
// salutation the agent already wrote.

const SALUTATION = /^(Frau|Herr|Mrs?\.?|Ms\.?|Miss|Mx\.?|Dr\.?)$/iu;
const OPENER =
  /^(hallo|hi|hey|hello|dear|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|moin|servus|grüß gott|grüezi|greetings)\b/iu;
const INFORMAL_DE = /\b(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer)\b/iu;

export interface CustomerName {
  full: string;
  salutation?: string;
  first?: string;
  last?: string;
}

/** "Frau Gruber", "Anna Müller-Lüdenscheidt", "Mr Baker" → their parts (no gender guessed). */
export function parseName(name: string | undefined): CustomerName | null {
  const words = name?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return null;
  const salutation = SALUTATION.test(words[0]!) ? words.shift() : undefined;
  if (words.length === 0) return null;
  return {
    full: [salutation, ...words].filter(Boolean).join(' '),
    salutation,
    first: salutation && words.length === 1 ? undefined : words[0],
    last: words.length > 1 || salutation ? words.at(-1) : undefined,
  };
}

/** Folded name words a draft may contain to address the customer; hyphenated parts count alone. */
export function nameKeys(name: CustomerName): string[] {
  const words = name.full.split(/\s+/).filter((w) => !SALUTATION.test(w));
  return [...new Set(words.flatMap((w) => [w, ...w.split(/[-‐]/)]).filter((w) => w.length >= 2))].map(foldWord);
}

const informal = (text: string, lang: ToneLanguage) => lang === 'de' && INFORMAL_DE.test(text);
const withSalutation = (n: CustomerName) => (n.salutation && n.last ? `${n.salutation} ${n.last}` : undefined);

/** A greeting line for a draft that has none, in the draft's register. */
export function newGreeting(text: string, lang: ToneLanguage, name: CustomerName | null): string {
  if (lang === 'de') {
    if (informal(text, lang)) return name ? `Hallo ${name.first ?? name.full},` : 'Hallo,';
    return name ? `Guten Tag ${withSalutation(name) ?? name.full},` : 'Guten Tag,';
  }
  const formal = name && withSalutation(name);
  if (formal) return `Dear ${formal},`;
  return name ? `Hello ${name.first ?? name.full},` : 'Hello,';
}

/**
 * The draft's greeting with the customer's name put in: its opener, its salutation and its
 * punctuation stay ("Sehr geehrter Herr," → "Sehr geehrter Herr Becker-Wolf,").
 */
export function namedGreeting(greeting: string, text: string, lang: ToneLanguage, name: CustomerName): string {
  const opener = OPENER.exec(greeting)?.[0] ?? (lang === 'de' ? 'Guten Tag' : 'Hello');
  const punct = /[,!]$/.exec(greeting.trimEnd())?.[0] ?? '';
  const own = greeting.slice(opener.length).trim().split(/\s+/)[0]?.replace(/[,!]$/, '');
  const ownSalutation = own && SALUTATION.test(own) ? own : undefined;
  const last = name.last ?? name.full;
  const formal = withSalutation(name);
  let addressed: string;
  if (ownSalutation) addressed = `${opener} ${ownSalutation} ${last}`;
  else if (/^sehr geehrte/iu.test(opener)) {
    // "Sehr geehrte Damen und Herren" names no one; its form needs a gender the page may not give.
    addressed = formal ? `Sehr geehrte${name.salutation === 'Herr' ? 'r' : ''} ${formal}` : `Guten Tag ${name.full}`;
  } else if (/^dear$/iu.test(opener)) addressed = `${opener} ${formal ?? name.full}`;
  else if (informal(text, lang) || lang === 'en') addressed = `${opener} ${name.first ?? formal ?? name.full}`;
  else addressed = `${opener} ${formal ?? name.full}`;
  return addressed + punct;
}
