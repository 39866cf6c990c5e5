// Problems and hints of the template language (lib/template/messages.ts builds the notices).
// `{{{name}}}` prints the placeholder in its braces: the inner {name} is the value.

export const TEMPLATE_EN = {
  tplUnknown: 'Unknown placeholder “{{{name}}}”.',
  tplUnknownSuggest: 'Unknown placeholder “{{{name}}}”. Did you mean “{{{suggestion}}}”?',
  tplEmpty: 'Empty placeholder “{{}}”.',
  tplUnclosed: '“{{” is not closed with “}}”. To write braces as text, use \\{{.',
  tplBadDate: '“{{{written}}}” is not a valid date. Examples: {examples}.',
  tplEmptyField: 'A fill-in field needs a label, for example {{input:Order number}}.',
  tplBadChoice: 'A choice needs a label and at least two options, for example {{choice:Carrier|DHL|UPS}}.',
  tplBadTab: 'A tab stop needs a number from 1 to 99, for example {{tab:1}}.',
  tplStrayOptionalEnd: '“{{/optional}}” closes no optional section. One starts with {{#optional:Label}}.',
  tplUnclosedOptional: 'The optional section “{label}” is not closed with {{/optional}}.',
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
  tplBadChoice:
    'Eine Auswahl braucht eine Bezeichnung und mindestens zwei Möglichkeiten, zum Beispiel {{choice:Versand|DHL|DPD}}.',
  tplBadTab: 'Ein Tabstopp braucht eine Nummer von 1 bis 99, zum Beispiel {{tab:1}}.',
  tplStrayOptionalEnd:
    '„{{/optional}}“ schließt keinen optionalen Abschnitt. Er beginnt mit {{#optional:Bezeichnung}}.',
  tplUnclosedOptional: 'Der optionale Abschnitt „{label}“ wird nicht mit {{/optional}} geschlossen.',
  tplFieldEmpty: 'Das Feld „{name}“ wurde nicht ausgefüllt.',
  tplValueMissing: '{name} wurde auf dieser Seite nicht gefunden.',
};
