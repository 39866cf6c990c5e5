import type { MessageKey } from './messages';

// What lower layers (lib/db, lib/formats, lib/template, lib/tone) say to the agent: a
// catalogue key and its values, never prose. The interface renders it in the agent's
// language with `translate(lang, notice.code, notice.params)`. Only types are imported,
// so any layer may use it without depending on the catalogue's tables.

export type NoticeParams = Readonly<Record<string, string | number>>;

export interface Notice<K extends MessageKey = MessageKey> {
  readonly code: K;
  readonly params?: NoticeParams;
}

export function notice<K extends MessageKey>(code: K, params?: NoticeParams): Notice<K> {
  return params ? { code, params } : { code };
}
