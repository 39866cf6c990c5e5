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
  }
}

export function missingHint(name: string, isField: boolean, ui: UiLanguage): string {
  if (isField) {
    return ui === 'de' ? `Das Feld „${name}“ wurde nicht ausgefüllt.` : `The field “${name}” was left empty.`;
  }
  return ui === 'de' ? `${name} wurde auf dieser Seite nicht gefunden.` : `${name} was not found on this page.`;
}
