import { queryOptions } from '@tanstack/react-query';
import { getShelf } from '../shelves/store';
import { zendeskShelfId } from '../shelves/zendesk/where';

/** The Zendesk team shelf of one subdomain (null: never refreshed); fresh until a "shelves" broadcast. */
export const zendeskShelfQuery = (subdomain: string | undefined) =>
  queryOptions({
    queryKey: ['shelves', 'zendesk', subdomain ?? ''],
    queryFn: async () => (subdomain ? ((await getShelf(zendeskShelfId(subdomain))) ?? null) : null),
    enabled: !!subdomain,
  });
