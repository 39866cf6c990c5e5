// Problems and hints of the template language (lib/template/messages.ts builds the notices).
// `{{{name}}}` prints the placeholder in its braces: the inner {name} is the value.

export const TEMPLATE_EN = {
  tplUnknown: 'Unknown placeholder “{{{name}}}”.',
  tplUnknownSuggest: 'Unknown placeholder “{{{name}}}”. Did you mean “{{{suggestion}}}”?',
  tplEmpty: 'Empty placeholder “{{}}”.',
  tplUnclosed: '“{{” is not closed with “}}”. To write braces as text, use \\{{.',
  tplBadDate: '“{{{written}}}” is not a valid date. Examples: {examples}.',
  tplEmptyField: 'A fill-in field needs a label, for example {{input:Order number}}.',
  tplFieldEmpty: 'The field “{name}” was left empty.',
  tplValueMissing: '{name} was not found on this page.',
} as const;

export const TEMPLATE_DE: Record<keyof typeof TEMPLATE_EN, string> = {
  tplUnknown: 'Unbekannter Platzhalter „{{{name}}}“.',
  tplUnknownSuggest: 'Unbekannter Platzhalter „{{{name}}}“. Meinten Sie „{{{suggestion}}}“?',
  tplEmpty: 'Leerer Platzhalter „{{}}“.',
  tplUnclosed: '„{{“ wird nicht mit „}}“ geschlossen. Für geschweifte Klammern als Text schreiben Sie \\{{.',
  tplBadDate: '„{{{written}}}“ ist kein gültiges Datum. Beispiele: {examples}.',
  tplEmptyField: 'Ein Ausfüllfeld braucht eine Bezeichnung, zum Beispiel {{input:Bestellnummer}}.',
  tplFieldEmpty: 'Das Feld „{name}“ wurde nicht ausgefüllt.',
  tplValueMissing: '{name} wurde auf dieser Seite nicht gefunden.',
};
