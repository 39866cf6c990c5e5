import type { Mood, Snippet } from '../../../lib/db/schema';
import { MOODS } from '../../../lib/db/schema';

// A deterministic, seeded library of customer-service snippets in German and English for
// benchmarks and tests. Same seed and size, same corpus, on every machine.

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS_DE: readonly (readonly [string, string])[] = [
  ['Rückerstattung', 'rueck'],
  ['Lieferverzögerung', 'lv'],
  ['Entschuldigung', 'ent'],
  ['Umtausch', 'umt'],
  ['Rücksendung', 'rs'],
  ['Kündigung', 'kuend'],
  ['Rechnung', 'rg'],
  ['Passwort zurücksetzen', 'pw'],
  ['Gutschein', 'gs'],
  ['Größe', 'gr'],
  ['Hundefutter', 'hund'],
  ['Zahlungserinnerung', 'mahn'],
  ['Beschwerde', 'bes'],
  ['Lieferadresse ändern', 'adr'],
  ['Garantie', 'gar'],
] as const;
const TOPICS_EN: readonly (readonly [string, string])[] = [
  ['Refund status', 'refund'],
  ['Delivery delay', 'delay'],
  ['Apology', 'sorry'],
  ['Exchange', 'exch'],
  ['Return label', 'ret'],
  ['Cancellation', 'cancel'],
  ['Invoice copy', 'inv'],
  ['Password reset', 'pw'],
  ['Voucher', 'vouch'],
  ['Size guide', 'size'],
  ['Dog food subscription', 'dog'],
  ['Payment reminder', 'pay'],
  ['Complaint', 'compl'],
  ['Change shipping address', 'addr'],
  ['Warranty claim', 'warr'],
] as const;

const SENTENCES_DE: readonly string[] = [
  'vielen Dank für Ihre Nachricht zu Ihrer Bestellung {n}.',
  'es tut uns sehr leid, dass die Lieferung später ankommt als angekündigt.',
  'die Rückerstattung über {m} Euro wurde heute angewiesen und ist in {d} Werktagen da.',
  'bitte entschuldigen Sie die Unannehmlichkeiten, die durch die Lieferverzögerung entstanden sind.',
  'Ihre Rücksendung ist in unserem Lager in {c} eingegangen und wird gerade geprüft.',
  'wir haben Ihnen einen Gutschein über {m} Euro als kleine Entschädigung beigelegt.',
  'die Kündigung Ihres Abonnements ist zum {d}. des Monats wirksam.',
  'anbei finden Sie die Rechnung {n} als PDF zum Herunterladen.',
  'über den folgenden Link können Sie Ihr Passwort zurücksetzen.',
  'die Größentabelle für {p} finden Sie auf der Produktseite.',
  'der Versanddienstleister meldet eine Zustellung voraussichtlich am Donnerstag.',
  'sollten Sie weitere Fragen haben, melden Sie sich gerne jederzeit bei uns.',
  'wir haben Ihr Anliegen an die zuständige Fachabteilung {x} weitergeleitet.',
  'leider ist {p} derzeit nicht vorrätig, die Nachlieferung ist für nächste Woche geplant.',
  'Ihre Beschwerde nehmen wir sehr ernst und prüfen den Vorgang {n} sorgfältig.',
  'die Garantie für {p} beträgt {d} Jahre ab Kaufdatum.',
  'wir bedauern die Verzögerung und danken Ihnen für Ihre Geduld.',
  'die Lieferadresse kann nur geändert werden, solange das Paket noch nicht versandt wurde.',
] as const;
const SENTENCES_EN: readonly string[] = [
  'thank you for your message about order {n}.',
  'we are very sorry that your parcel is arriving later than promised.',
  'your refund of {m} dollars was issued today and should reach your account within {d} business days.',
  'please accept our apologies for the inconvenience caused by the delivery delay.',
  'your return arrived at our warehouse in {c} and is being inspected.',
  'we have added a voucher worth {m} dollars as a small compensation.',
  'the cancellation of your subscription takes effect on day {d} of the month.',
  'please find invoice {n} attached as a PDF.',
  'you can reset your password with the following link.',
  'the size guide for {p} is available on the product page.',
  'the carrier expects to deliver your package on Thursday.',
  'if you have any further questions, feel free to contact us at any time.',
  'we have forwarded your request to our {x} team.',
  'unfortunately {p} is out of stock at the moment; we expect new stock next week.',
  'we take your complaint very seriously and are reviewing case {n} carefully.',
  'the warranty for {p} covers {d} years from the date of purchase.',
  'we regret the delay and thank you for your patience.',
  'the shipping address can only be changed while the parcel has not been dispatched yet.',
] as const;

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'bra',
  'von',
  'sel',
  'dur',
  'fix',
  'gol',
  'pex',
  'ran',
  'sto',
  'quin',
  'zel',
];
const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Düsseldorf', 'London', 'Dublin', 'Wien', 'Zürich'];
const TEAMS = ['Logistik', 'Buchhaltung', 'Qualitätssicherung', 'billing', 'logistics', 'quality', 'Kundenservice'];

const VARIANTS_DE = ['Standard', 'kurz', 'ausführlich', 'Kulanz', 'VIP'];
const VARIANTS_EN = ['standard', 'short', 'detailed', 'goodwill', 'VIP'];
const TAGS_DE = ['versand', 'zahlung', 'konto', 'retoure'];
const TAGS_EN = ['shipping', 'billing', 'account', 'returns'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** A made-up product name, so the vocabulary grows with the library like a real one does. */
function product(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  let word = '';
  for (let i = 0; i < n; i++) word += pick(rand, SYLLABLES);
  return `${word[0]?.toUpperCase()}${word.slice(1)} ${Math.floor(rand() * 900 + 100)}`;
}

function fill(rand: () => number, sentence: string): string {
  return sentence
    .replace('{n}', `${Math.floor(rand() * 9_000_000 + 1_000_000)}`)
    .replace('{m}', `${Math.floor(rand() * 200 + 5)}`)
    .replace('{d}', `${Math.floor(rand() * 14 + 1)}`)
    .replace('{c}', pick(rand, CITIES))
    .replace('{p}', product(rand))
    .replace('{x}', pick(rand, TEAMS));
}

function body(rand: () => number, de: boolean): string {
  const target = 300 + Math.floor(rand() * 1200);
  const sentences = de ? SENTENCES_DE : SENTENCES_EN;
  let text = de ? 'Hallo {{customer.first_name}},\n\n' : 'Hello {{customer.first_name}},\n\n';
  while (text.length < target) {
    const s = fill(rand, pick(rand, sentences));
    text += `${s[0]?.toUpperCase()}${s.slice(1)} `;
    if (rand() < 0.25) text += '\n\n';
  }
  return `${text.trim()}\n\n${de ? 'Viele Grüße' : 'Kind regards'}\n{{agent.name}}`;
}

/** `size` snippets; about half German. Snippet 0 is the "gr-hund" one the benchmark types. */
export function generateSnippets(size: number, seed = 42): Snippet[] {
  const rand = seededRandom(seed);
  const base = Date.UTC(2026, 0, 1);
  const out: Snippet[] = [];
  for (let i = 0; i < size; i++) {
    const de = rand() < 0.55;
    const [topic, abbr] = pick(rand, de ? TOPICS_DE : TOPICS_EN);
    const [, abbr2] = pick(rand, de ? TOPICS_DE : TOPICS_EN);
    const moods: Mood[] = rand() < 0.3 ? [pick(rand, MOODS)] : [];
    const used = rand() < 0.6;
    out.push({
      id: `s${i}`,
      title: `${topic} – ${pick(rand, de ? VARIANTS_DE : VARIANTS_EN)} ${i}`,
      shortcut: i === 0 ? 'gr-hund' : rand() < 0.8 ? `${abbr}-${abbr2}${i}` : undefined,
      body: body(rand, de),
      format: 'text',
      tags: [abbr, pick(rand, de ? TAGS_DE : TAGS_EN)],
      language: rand() < 0.1 ? 'any' : de ? 'de' : 'en',
      moods,
      createdAt: base,
      updatedAt: base,
      useCount: used ? Math.floor(rand() * 200) : 0,
      lastUsedAt: used ? base + Math.floor(rand() * 90 * 86_400_000) : undefined,
    });
  }
  return out;
}

/** Realistic queries; the benchmark types each one keystroke by keystroke. */
export const BENCH_QUERIES = [
  'rueckerstattung',
  'Rückerstatung',
  'entschuldigung',
  'Entschuldigunng',
  'refund stat',
  'lieferverzoegerung',
  'gr-hund',
  'delivery delay',
  'passwort zur',
  'kuendigung abo',
  'voucher',
] as const;
