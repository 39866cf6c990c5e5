import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { getSettings } from '../settings';
import { offerDue, readGentlerDay, watchGentlerDay } from '../wellbeing/gentler-day';

// The side panel's own state (issue #19): which sections the agent collapsed (kept across
// panels and restarts), and whether "a gentler day" offers a pause now.

const SectionsSchema = z.record(z.string().max(40), z.boolean()).catch({});
const sectionsItem = storage.defineItem<unknown>('local:panelSections', { fallback: {} });

export const panelSectionsQuery = () =>
  queryOptions({
    queryKey: ['panel-sections'],
    queryFn: async () => SectionsSchema.parse((await sectionsItem.getValue()) ?? {}),
  });

export async function setSectionCollapsed(id: string, collapsed: boolean): Promise<Record<string, boolean>> {
  const next = { ...SectionsSchema.parse((await sectionsItem.getValue()) ?? {}), [id]: collapsed };
  await sectionsItem.setValue(next);
  return next;
}

export const gentlerDayQuery = () =>
  queryOptions({
    queryKey: ['gentler-day'],
    queryFn: async () => {
      const [state, settings] = await Promise.all([readGentlerDay(), getSettings()]);
      const now = Date.now();
      return { due: settings.gentlerDay && offerDue(state, now), count: state.hostileAt.length };
    },
  });

/** Whether to offer the pause; follows the background's counting as it happens. */
export function useGentlerDay() {
  const client = useQueryClient();
  useEffect(() => watchGentlerDay(() => void client.invalidateQueries({ queryKey: ['gentler-day'] })), [client]);
  return useQuery(gentlerDayQuery()).data;
}
