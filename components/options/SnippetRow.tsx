import type { Snippet } from '@/lib/db/schema';
import { splitTitle } from '@/lib/folders';
import { useUi } from '../useUi';

interface Props {
  snippet: Snippet;
  index: number;
  count: number;
  top: number;
  height: number;
  active: boolean;
  open: boolean;
  selected: boolean;
  onClick: () => void;
  onToggle: () => void;
}

/** One option of the library listbox; it holds no controls of its own (options may not). */
export function SnippetRow({ snippet: s, index, count, top, height, active, open, selected, ...on }: Props) {
  const { t } = useUi();
  const { folder, name } = splitTitle(s.title);
  const classes = ['snippet-row', active && 'active', open && 'open'].filter(Boolean).join(' ');
  return (
    <div
      id={`snippet-${s.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-testid="snippet-item"
      data-id={s.id}
      className={classes}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={on.onClick}
    >
      <span
        className="check"
        aria-hidden="true"
        onClick={(event) => {
          // The box selects for bulk actions without opening the snippet.
          event.stopPropagation();
          on.onToggle();
        }}
      >
        {selected ? '☑' : '☐'}
      </span>
      <span className="row-main">
        <span className="snippet-title">{name}</span>
        {s.shortcut && <code data-testid="snippet-shortcut">{s.shortcut}</code>}
        {s.inactive && <span className="badge">{t('inactiveLabel')}</span>}
      </span>
      <span className="row-meta muted small">
        {folder.length > 0 && <span className="folder">{folder.join(' › ')} · </span>}
        {s.language === 'any' ? t('languageAny') : s.language}
        {s.tags.length > 0 && ` · ${s.tags.join(', ')}`} · {t('usedTimes', { count: s.useCount })}
      </span>
    </div>
  );
}
