import type { Problem } from './parse';

// Messages shown to the agent, in the interface language.

export type UiLanguage = 'de' | 'en';

const DATE_EXAMPLES = '{{date}}, {{date +3d}}, {{date -1w}}, {{date +2bd short}}';

export function problemMessage(p: Problem, ui: UiLanguage): string {
  const de = ui === 'de';
  switch (p.code) {
    case 'unknown': {
      const base = de ? `Unbekannter Platzhalter „{{${p.name}}}“.` : `Unknown placeholder “{{${p.name}}}”.`;
      if (!p.suggestion) return base;
      return de ? `${base} Meinten Sie „{{${p.suggestion}}}“?` : `${base} Did you mean “{{${p.suggestion}}}”?`;
    }
    case 'empty':
      return de ? 'Leerer Platzhalter „{{}}“.' : 'Empty placeholder “{{}}”.';
    case 'unclosed':
      return de
        ? '„{{“ wird nicht mit „}}“ geschlossen. Für geschweifte Klammern als Text schreiben Sie \\{{.'
        : '“{{” is not closed with “}}”. To write braces as text, use \\{{.';
    case 'badDate':
      return de
        ? `„{{${p.written}}}“ ist kein gültiges Datum. Beispiele: ${DATE_EXAMPLES}.`
        : `“{{${p.written}}}” is not a valid date. Examples: ${DATE_EXAMPLES}.`;
    case 'emptyField':
      return de
        ? 'Ein Ausfüllfeld braucht eine Bezeichnung, zum Beispiel {{input:Bestellnummer}}.'
        : 'A fill-in field needs a label, for example {{input:Order number}}.';
    case 'badChoice':
      return de
        ? 'Eine Auswahl braucht eine Bezeichnung und mindestens zwei Möglichkeiten, zum Beispiel {{choice:Versand|DHL|DPD}}.'
        : 'A choice needs a label and at least two options, for example {{choice:Carrier|DHL|UPS}}.';
    case 'badTab':
      return de
        ? 'Ein Tabstopp braucht eine Nummer von 1 bis 99, zum Beispiel {{tab:1}}.'
        : 'A tab stop needs a number from 1 to 99, for example {{tab:1}}.';
    case 'strayOptionalEnd':
      return de
        ? '„{{/optional}}“ schließt keinen optionalen Abschnitt. Er beginnt mit {{#optional:Bezeichnung}}.'
        : '“{{/optional}}” closes no optional section. One starts with {{#optional:Label}}.';
    case 'unclosedOptional':
      return de
        ? `Der optionale Abschnitt „${p.label}“ wird nicht mit {{/optional}} geschlossen.`
        : `The optional section “${p.label}” is not closed with {{/optional}}.`;
  }
}

export function missingHint(name: string, isField: boolean, ui: UiLanguage): string {
  if (isField) {
    return ui === 'de' ? `Das Feld „${name}“ wurde nicht ausgefüllt.` : `The field “${name}” was left empty.`;
  }
  return ui === 'de' ? `${name} wurde auf dieser Seite nicht gefunden.` : `${name} was not found on this page.`;
}
