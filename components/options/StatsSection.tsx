import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calmingQuery, snippetsQuery } from '@/lib/queries/library';
import { resetCalmingMutation } from '@/lib/queries/mutations';
import { formatDuration, formatNumber } from '@/lib/i18n/format';
import { CHARS_PER_SECOND, timeSavedSeconds, topUsed, usageEventsQuery } from '@/lib/queries/options';
import { useUi } from '../useUi';

const BAR_H = 22;
const LABEL_W = 260;
const CHART_W = 560;

/** The ten most used snippets as SVG bars, and the typing time they saved. */
export function StatsSection() {
  const { t, lang } = useUi();
  const snippets = useQuery(snippetsQuery()).data ?? [];
  const events = useQuery(usageEventsQuery()).data ?? [];
  const top = topUsed(snippets, 10);
  const max = Math.max(1, ...top.map((s) => s.useCount));
  const saved = timeSavedSeconds(snippets, events);
  return (
    <section aria-labelledby="stats-h">
      <h2 id="stats-h">{t('statsTitle')}</h2>
      <p data-testid="time-saved">{t('timeSaved', { time: formatDuration(lang, saved), count: events.length })}</p>
      <p className="muted small">{t('timeSavedFormula', { cps: CHARS_PER_SECOND })}</p>
      <h3>{t('topUsed')}</h3>
      {top.length === 0 ? (
        <p>{t('noUsage')}</p>
      ) : (
        <svg
          role="img"
          aria-labelledby="stats-chart-title"
          width="100%"
          viewBox={`0 0 ${CHART_W} ${top.length * BAR_H}`}
          className="chart"
          data-testid="usage-chart"
        >
          <title id="stats-chart-title">
            {top.map((s) => `${s.title}: ${formatNumber(lang, s.useCount)}`).join('; ')}
          </title>
          {top.map((s, i) => {
            const w = ((CHART_W - LABEL_W - 40) * s.useCount) / max;
            return (
              <g key={s.id} transform={`translate(0 ${i * BAR_H})`}>
                <text x={LABEL_W - 6} y={BAR_H * 0.68} textAnchor="end" className="chart-label">
                  {s.title.length > 38 ? `${s.title.slice(0, 37)}…` : s.title}
                </text>
                <rect x={LABEL_W} y={3} width={w} height={BAR_H - 6} rx={3} className="chart-bar" />
                <text x={LABEL_W + w + 4} y={BAR_H * 0.68} className="chart-label">
                  {formatNumber(lang, s.useCount)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <CalmingList />
    </section>
  );
}

/** Issue #15: per snippet, how often the customer's next message was calmer; the agent can reset it. */
function CalmingList() {
  const { t, lang } = useUi();
  const client = useQueryClient();
  const snippets = useQuery(snippetsQuery()).data ?? [];
  const calming = useQuery(calmingQuery()).data;
  const reset = useMutation(resetCalmingMutation(client));
  const rows = [...(calming ?? [])]
    .flatMap(([id, c]) => {
      const s = snippets.find((x) => x.id === id);
      return s ? [{ s, c }] : [];
    })
    .sort((a, b) => b.c.calmed / b.c.total - a.c.calmed / a.c.total || b.c.total - a.c.total);
  return (
    <>
      <h3>{t('calmingTitle')}</h3>
      <p className="muted small">{t('calmingExplain')}</p>
      {rows.length === 0 ? (
        <p data-testid="calming-none">{t('calmingNone')}</p>
      ) : (
        <ul className="plain" data-testid="calming-list">
          {rows.map(({ s, c }) => (
            <li key={s.id} data-testid="calming-row">
              <strong>{s.title}</strong>{' '}
              <span className="muted">
                {t('calmingRow', { calmed: formatNumber(lang, c.calmed), total: formatNumber(lang, c.total) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="row">
        <button type="button" disabled={!calming || calming.size === 0} onClick={() => reset.mutate()}>
          {t('calmingReset')}
        </button>
        {reset.isSuccess && (
          <span role="status" data-testid="calming-reset-done">
            {t('calmingResetDone')}
          </span>
        )}
      </p>
    </>
  );
}
