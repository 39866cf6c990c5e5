import type { DraftRuleId, ToneLanguage } from '../types';

/** Plain reasons shown to the agent, in the interface language. */
export const REASONS: Record<DraftRuleId, Record<ToneLanguage, string>> = {
  blame: {
    de: 'Klingt nach Schuldzuweisung. Besser: Ursache und Lösung nennen.',
    en: 'Sounds like blaming the customer. Name the cause and the fix instead.',
  },
  repetition: {
    de: '„Wie bereits erwähnt“ wirkt wie ein Vorwurf. Einfach noch einmal klar sagen.',
    en: '"As I already said" reads as a reproach. Just restate it plainly.',
  },
  policy: {
    de: 'Verweis auf Regeln oder Prozesse. Besser: den Grund nennen und sagen, was möglich ist.',
    en: 'Points to rules or process. Give the reason and say what is possible.',
  },
  not_responsible: {
    de: '„Nicht zuständig“ lässt Kunden allein. Sagen, wer zuständig ist, und verbinden.',
    en: '"Not my department" leaves the customer alone. Say who is and connect them.',
  },
  cant_do: {
    de: 'Nur ein Nein, ohne Alternative. Sagen, was stattdessen geht.',
    en: 'A plain no without an alternative. Say what you can do instead.',
  },
  command: {
    de: 'Klingt nach Anweisung. Als Bitte formulieren.',
    en: 'Sounds like an order. Phrase it as a request.',
  },
  dismissing: {
    de: 'Spielt das Gefühl herunter. Erst anerkennen, dann lösen.',
    en: "Dismisses the customer's feelings. Acknowledge first, then solve.",
  },
  distrust: {
    de: 'Zeigt Misstrauen gegenüber dem Kunden.',
    en: 'Shows distrust of the customer.',
  },
  overpromise: {
    de: 'Versprechen, das sich vielleicht nicht halten lässt. Sagen, was passiert und bis wann.',
    en: 'A promise you may not be able to keep. Say what happens and by when.',
  },
  minimising: {
    de: '„Einfach“ oder „nur“ kann das Problem kleinreden.',
    en: '"Just", "simply" or "obviously" can belittle the problem.',
  },
  unfortunately_density: {
    de: 'Viele „leider“ in kurzem Text wirken negativ. Eines genügt.',
    en: 'Many "unfortunately" in a short text sound negative. One is enough.',
  },
  all_caps: {
    de: 'Großbuchstaben wirken wie Schreien.',
    en: 'Capitals read as shouting.',
  },
  missing_greeting: {
    de: 'Die Antwort beginnt ohne Anrede.',
    en: 'The reply starts without a greeting.',
  },
  missing_name: {
    de: 'Der Name des Kunden fehlt in der Antwort.',
    en: "The customer's name is missing from the reply.",
  },
  placeholder: {
    de: 'Platzhalter ist noch nicht ausgefüllt.',
    en: 'A placeholder has not been filled in.',
  },
  grief_insensitive: {
    de: 'Floskel bei Trauer. Besser: schlichtes Beileid, Zeit lassen, praktisch helfen.',
    en: 'A platitude for someone grieving. Offer plain condolence, time and practical help.',
  },
  kein_problem: {
    de: '„Kein Problem“ erinnert an ein Problem. „Gern“ klingt freundlicher.',
    en: '"No problem" mentions a problem. "Happy to help" sounds warmer.',
  },
  passive_aggressive: {
    de: 'Spitze Höflichkeit („schön, dass Sie sich auch mal melden“) wirkt wie ein Vorwurf. Einfach danken und weitermachen.',
    en: 'Pointed politeness ("nice of you to finally…") reads as a reproach. Just thank them and move on.',
  },
  if_you_had_read: {
    de: '„Hätten Sie die Anleitung gelesen …“ beschämt den Kunden. Die Antwort einfach geben.',
    en: '"If you had read the FAQ…" shames the customer. Just give the answer.',
  },
  condescension: {
    de: 'Klingt herablassend („das schafft jedes Kind“). Sachlich erklären, ohne zu werten.',
    en: 'Sounds condescending ("a child could do it"). Explain plainly, without judging.',
  },
  cold_to_grief: {
    de: 'Fristen, Gebühren oder Drohungen an einen trauernden Kunden. Zeit lassen und praktisch helfen.',
    en: 'Deadlines, fees or threats to a grieving customer. Give them time and practical help.',
  },
  no_next_step: {
    de: 'Verärgerter Kunde, aber kein konkreter nächster Schritt mit Datum.',
    en: 'The customer is upset, but there is no concrete next step with a date.',
  },
};
