import { renderDate } from './dates';
import { parseTemplate } from './parse';
import type { Variable } from './placeholders';

// A snippet title as the palette lists it: text, and each placeholder as a readable chip
// ("Lieferung bis [Freitag, 4. Dezember 2026]" rather than "Lieferung bis {{date +3bd}}").

export type TitlePart =
  | { text: string }
  | { variable: Variable }
  /** A date as it would be inserted, a field's or section's label, or a stop's mark. */
  | { chip: string };

export function titleParts(title: string, now: number, locale: 'de' | 'en'): TitlePart[] {
  const parts: TitlePart[] = [];
  for (const node of parseTemplate(title).nodes) {
    if (node.type === 'text') parts.push({ text: node.value });
    else if (node.type === 'variable') parts.push({ variable: node.name });
    else if (node.type === 'date') parts.push({ chip: renderDate(node.spec, now, locale) });
    else if (node.type === 'field' || node.type === 'choice' || node.type === 'optionalStart')
      parts.push({ chip: node.label });
    else if (node.type === 'invalid') parts.push({ chip: node.written });
  }
  return parts;
}
