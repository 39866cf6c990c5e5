import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { Snippet } from '@/lib/db/schema';
import { type ListKey, moveActive } from '@/lib/queries/manager';
import { useUi } from '../useUi';
import { SnippetRow } from './SnippetRow';

const ROW_HEIGHT = 52;
const NAV_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

interface Props {
  snippets: readonly Snippet[];
  active: number;
  openId?: string;
  selected: ReadonlySet<string>;
  onActive: (index: number) => void;
  onOpen: (s: Snippet) => void;
  onToggle: (id: string) => void;
  onDelete: (s: Snippet) => void;
  onSearchKey: () => void;
}

/**
 * The library as one listbox: a single Tab stop (the agent moves with the arrow keys, as
 * `aria-activedescendant` tells a screen reader), and only the rows in sight are in the DOM,
 * so 100,000 snippets cost what 30 do.
 */
export function SnippetList(props: Props) {
  const { snippets, active, openId, selected, onActive } = props;
  const { t } = useUi();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are not memoisable; this component simply re-renders with it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: snippets.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  // The active row must exist in the DOM for aria-activedescendant to name it.
  useEffect(() => {
    if (active >= 0) rows.scrollToIndex(active, { align: 'auto' });
  }, [active, rows]);

  const current = snippets[active];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (NAV_KEYS.has(event.key)) {
      event.preventDefault();
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
      onActive(moveActive(event.key as ListKey, active, snippets.length, page));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      props.onOpen(current);
    } else if (event.key === ' ' && current) {
      event.preventDefault();
      props.onToggle(current.id);
    } else if (event.key === 'Delete' && current) {
      event.preventDefault();
      props.onDelete(current);
    } else if (event.key === '/') {
      event.preventDefault();
      props.onSearchKey();
    }
  };

  return (
    <div
      ref={scroller}
      id="snippet-list"
      className="snippet-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('listLabel')}
      aria-multiselectable="true"
      aria-describedby="list-keys"
      aria-activedescendant={current ? `snippet-${current.id}` : undefined}
      data-testid="snippet-list"
      onKeyDown={onKeyDown}
      onFocus={() => active < 0 && snippets.length > 0 && onActive(0)}
    >
      <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {rows.getVirtualItems().map((row) => {
          const s = snippets[row.index]!;
          return (
            <SnippetRow
              key={s.id}
              snippet={s}
              index={row.index}
              count={snippets.length}
              top={row.start}
              height={row.size}
              active={row.index === active}
              open={s.id === openId}
              selected={selected.has(s.id)}
              onClick={() => {
                onActive(row.index);
                props.onOpen(s);
              }}
              onToggle={() => props.onToggle(s.id)}
            />
          );
        })}
      </div>
    </div>
  );
}
