import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { collapseSectionMutation } from '@/lib/queries/mutations';
import { panelSectionsQuery } from '@/lib/queries/panel-layout';
import { useUi } from '../useUi';

interface Props {
  /** Stable id: the remembered collapsed state is stored under it. */
  id: string;
  title: string;
  testId: string;
  className?: string;
  /** Extra data attributes for the section element. */
  data?: Record<`data-${string}`, string | number>;
  children: ReactNode;
}

/**
 * A panel card the agent can collapse (WAI-ARIA disclosure: a button in the heading); the
 * choice is remembered for every ticket and every later panel (issue #19).
 */
export function Section({ id, title, testId, className, data, children }: Props) {
  const { t } = useUi();
  const client = useQueryClient();
  const collapsed = useQuery(panelSectionsQuery()).data?.[id] ?? false;
  const toggle = useMutation(collapseSectionMutation(client));
  const bodyId = `${id}-body`;
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      data-collapsed={collapsed}
      className={className}
      {...data}
    >
      <h2 id={`${id}-title`}>
        <button
          type="button"
          className="section-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          title={t(collapsed ? 'showSection' : 'hideSection', { title })}
          onClick={() => toggle.mutate({ id, collapsed: !collapsed })}
        >
          <span aria-hidden="true" className="section-chevron">
            {collapsed ? '▸' : '▾'}
          </span>{' '}
          {title}
        </button>
      </h2>
      <div id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
