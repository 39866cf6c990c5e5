import type { Mood } from '../db/schema';
import type { DraftRuleId } from '../tone/types';

// The tone engine's words for the agent: mood names (`mood_<mood>`) and the reasons of the
// draft check (`reason_<rule id>`). The types require a key for every mood and every rule in
// both languages, so adding a rule means adding its two catalogue entries here.

type ToneKey = `mood_${Mood}` | `reason_${DraftRuleId}`;

export const TONE_EN = {
  mood_anger: 'Anger',
  mood_frustration: 'Frustration',
  mood_public_threat: 'Public threat',
  mood_cancellation: 'Wants to cancel or return',
  mood_legal_threat: 'Legal threat',
  mood_grief: 'Grief',
  mood_urgency: 'Urgency',
  mood_confusion: 'Confusion',
  mood_praise: 'Praise',
  mood_sarcasm: 'Sarcasm',
  reason_blame: 'Sounds like blaming the customer. Name the cause and the fix instead.',
  reason_repetition: '"As I already said" reads as a reproach. Just restate it plainly.',
  reason_policy: 'Points to rules or process. Give the reason and say what is possible.',
  reason_not_responsible: '"Not my department" leaves the customer alone. Say who is and connect them.',
  reason_cant_do: 'A plain no without an alternative. Say what you can do instead.',
  reason_command: 'Sounds like an order. Phrase it as a request.',
  reason_dismissing: "Dismisses the customer's feelings. Acknowledge first, then solve.",
  reason_distrust: 'Shows distrust of the customer.',
  reason_overpromise: 'A promise you may not be able to keep. Say what happens and by when.',
  reason_minimising: '"Just", "simply" or "obviously" can belittle the problem.',
  reason_unfortunately_density: 'Many "unfortunately" in a short text sound negative. One is enough.',
  reason_all_caps: 'Capitals read as shouting.',
  reason_missing_greeting: 'The reply starts without a greeting.',
  reason_missing_name: "The customer's name is missing from the reply.",
  reason_placeholder: 'A placeholder has not been filled in.',
  reason_grief_insensitive: 'A platitude for someone grieving. Offer plain condolence, time and practical help.',
  reason_kein_problem: '"No problem" mentions a problem. "Happy to help" sounds warmer.',
  reason_passive_aggressive:
    'Pointed politeness ("nice of you to finally…") reads as a reproach. Just thank them and move on.',
  reason_if_you_had_read: '"If you had read the FAQ…" shames the customer. Just give the answer.',
  reason_condescension: 'Sounds condescending ("a child could do it"). Explain plainly, without judging.',
  reason_cold_to_grief: 'Deadlines, fees or threats to a grieving customer. Give them time and practical help.',
  reason_no_next_step: 'The customer is upset, but there is no concrete next step with a date.',
} as const satisfies Record<ToneKey, string>;

export const TONE_DE: Record<ToneKey, string> = {
  mood_anger: 'Ärger',
  mood_frustration: 'Frust',
  mood_public_threat: 'Drohung mit Öffentlichkeit',
  mood_cancellation: 'Will kündigen oder zurückgeben',
  mood_legal_threat: 'Rechtliche Drohung',
  mood_grief: 'Trauer',
  mood_urgency: 'Dringlichkeit',
  mood_confusion: 'Verwirrung',
  mood_praise: 'Lob',
  mood_sarcasm: 'Sarkasmus',
  reason_blame: 'Klingt nach Schuldzuweisung. Besser: Ursache und Lösung nennen.',
  reason_repetition: '„Wie bereits erwähnt“ wirkt wie ein Vorwurf. Einfach noch einmal klar sagen.',
  reason_policy: 'Verweis auf Regeln oder Prozesse. Besser: den Grund nennen und sagen, was möglich ist.',
  reason_not_responsible: '„Nicht zuständig“ lässt Kunden allein. Sagen, wer zuständig ist, und verbinden.',
  reason_cant_do: 'Nur ein Nein, ohne Alternative. Sagen, was stattdessen geht.',
  reason_command: 'Klingt nach Anweisung. Als Bitte formulieren.',
  reason_dismissing: 'Spielt das Gefühl herunter. Erst anerkennen, dann lösen.',
  reason_distrust: 'Zeigt Misstrauen gegenüber dem Kunden.',
  reason_overpromise: 'Versprechen, das sich vielleicht nicht halten lässt. Sagen, was passiert und bis wann.',
  reason_minimising: '„Einfach“ oder „nur“ kann das Problem kleinreden.',
  reason_unfortunately_density: 'Viele „leider“ in kurzem Text wirken negativ. Eines genügt.',
  reason_all_caps: 'Großbuchstaben wirken wie Schreien.',
  reason_missing_greeting: 'Die Antwort beginnt ohne Anrede.',
  reason_missing_name: 'Der Name des Kunden fehlt in der Antwort.',
  reason_placeholder: 'Platzhalter ist noch nicht ausgefüllt.',
  reason_grief_insensitive: 'Floskel bei Trauer. Besser: schlichtes Beileid, Zeit lassen, praktisch helfen.',
  reason_kein_problem: '„Kein Problem“ erinnert an ein Problem. „Gern“ klingt freundlicher.',
  reason_passive_aggressive:
    'Spitze Höflichkeit („schön, dass Sie sich auch mal melden“) wirkt wie ein Vorwurf. Einfach danken und weitermachen.',
  reason_if_you_had_read: '„Hätten Sie die Anleitung gelesen …“ beschämt den Kunden. Die Antwort einfach geben.',
  reason_condescension: 'Klingt herablassend („das schafft jedes Kind“). Sachlich erklären, ohne zu werten.',
  reason_cold_to_grief:
    'Fristen, Gebühren oder Drohungen an einen trauernden Kunden. Zeit lassen und praktisch helfen.',
  reason_no_next_step: 'Verärgerter Kunde, aber kein konkreter nächster Schritt mit Datum.',
};
