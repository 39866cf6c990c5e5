import { useEffect } from 'react';
import type { LibraryHit } from '@/lib/db/shelf-schema';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Variable } from '@/lib/template';
import { teamMarkText } from '@/lib/queries/shelves';
import { titleParts } from '@/lib/template/title';

// The palette's hits: the listbox of the WAI-ARIA combobox pattern. The search box keeps
// the focus and points at the selected option with aria-activedescendant; each option has
// an id, and the selected one is scrolled into view whenever the selection moves.

export const LIST_ID = 'palette-hits';
export const optionId = (i: number) => `palette-hit-${i}`;

const CHIP_KEYS: Record<Variable, MessageKey> = {
  'customer.first_name': 'chipCustomerFirstName',
  'customer.last_name': 'chipCustomerLastName',
  'customer.name': 'chipCustomerName',
  'customer.email': 'chipCustomerEmail',
  'agent.first_name': 'chipAgentFirstName',
  'agent.name': 'chipAgentName',
  'ticket.id': 'chipTicketId',
  'ticket.subject': 'chipTicketSubject',
};

interface Props {
  hits: LibraryHit[];
  /** Rows suggested for this ticket: why, in one line. */
  reasons: ReadonlyMap<string, string>;
  selected: number;
  onSelect(i: number): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  label: string;
  now: number;
  locale: 'de' | 'en';
}

export function HitList({ hits, reasons, selected, onSelect, t, label, now, locale }: Props) {
  useEffect(() => {
    document.getElementById(optionId(selected))?.scrollIntoView({ block: 'nearest' });
  }, [selected, hits]);
  return (
    // Not a tab stop: the keyboard stays in the search box (arrows move the selection).
    <ul id={LIST_ID} className="plain palette-list" role="listbox" aria-label={label} tabIndex={-1}>
      {hits.map((s, i) => (
        <li
          key={s.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === selected}
          data-testid="palette-item"
          onMouseDown={(e) => {
            e.preventDefault();
            onSelect(i);
          }}
        >
          <span className="palette-title">
            {titleParts(s.title, now, locale).map((part, k) =>
              'text' in part ? (
                part.text
              ) : (
                <span key={k} className="chip" data-testid="title-chip">
                  {'variable' in part ? t(CHIP_KEYS[part.variable]) : part.chip}
                </span>
              ),
            )}
          </span>{' '}
          {s.shortcut && <code>{s.shortcut}</code>}
          {s.team && (
            <span className="team-mark" data-testid="team-mark">
              {' '}
              {teamMarkText(s.team, t)}
            </span>
          )}
          {reasons.has(s.id) && (
            <span className="palette-reason" data-testid="palette-reason">
              {reasons.get(s.id)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
