import type { PreviewPart } from '@/lib/template/snippet';

// The text as it will be inserted; an empty fill-in field is a marked slot with its label,
// never a gap ("Ihre Erstattung über [Betrag] haben wir …").

export function Preview({ parts, label }: { parts: PreviewPart[]; label: string }) {
  return (
    <pre className="palette-text" aria-label={label}>
      {parts.map((part, k) =>
        'slot' in part ? (
          <mark key={k} className="slot" data-testid="preview-slot">
            {part.slot}
          </mark>
        ) : (
          part.text
        ),
      )}
    </pre>
  );
}
