import { LibraryError } from '../db/errors';
import { listNotes } from '../db/notes';
import { listSnippets } from '../db/snippets';
import { parseImportFile } from './detect';
import type { ConflictPolicy, PlanCounts } from './plan';
import { planImport } from './plan';
import { type PlanSummary, summarisePlan } from './plan-summary';
import { commitImport } from './transfer';
import { ImportError, type ParsedImport } from './types';
import { fileInfo, type ImportFileInfo, type WorkerReply, WorkerReplySchema } from './worker-protocol';

// The options page's way to read, plan and commit an import file: in a Web Worker, so the
// page keeps answering while a large file is parsed, compared with the library and written,
// with progress. Where workers are unavailable (unit tests in Node) it works in place.

export interface ParseInWorkerOptions {
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface CommitProgress {
  phase: 'prepare' | 'validate' | 'write';
  done: number;
  total: number;
}

/** What a commit wrote; a backup's settings are not restored by it (see restoreImportedSettings). */
export interface CommitResult {
  counts: PlanCounts;
  written: { snippets: number; notes: number };
}

/** A file read for import; plan its dry run for each policy the agent picks, commit it, then close it. */
export interface ImportSession {
  /** What the dry run shows of the file; its entries stay where they were parsed. */
  info: ImportFileInfo;
  plan(policy: ConflictPolicy, replace: boolean): Promise<PlanSummary>;
  /** All or nothing; refusals are LibraryErrors that say the library is unchanged. */
  commit(policy: ConflictPolicy, replace: boolean, onProgress?: (p: CommitProgress) => void): Promise<CommitResult>;
  close(): void;
}

function inPlace(parsed: ParsedImport): ImportSession {
  return {
    info: fileInfo(parsed),
    async plan(policy, replace) {
      const existing = replace ? [] : await listSnippets();
      const existingNotes = replace && parsed.notes !== undefined ? [] : await listNotes();
      return summarisePlan(planImport(parsed, existing, policy, { existingNotes, infer: false }));
    },
    async commit(policy, replace, onProgress) {
      const { counts, written } = await commitImport(parsed, policy, {
        replace,
        restoreSettings: false,
        onProgress: ({ phase, done, total }) =>
          onProgress?.({ phase: phase === 'parse' ? 'validate' : phase, done, total }),
      });
      return { counts, written };
    },
    close() {},
  };
}

type Pending<T> = {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
  progress?: (p: CommitProgress) => void;
};

export function parseFileInWorker(
  name: string,
  bytes: ArrayBuffer,
  options: ParseInWorkerOptions,
): Promise<ImportSession> {
  if (typeof Worker === 'undefined') {
    return Promise.resolve().then(() =>
      inPlace(parseImportFile(name, new Uint8Array(bytes), { onProgress: options.onProgress })),
    );
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const plans = new Map<number, Pending<PlanSummary>>();
  const commits = new Map<number, Pending<CommitResult>>();
  let nextId = 0;
  const ask = <T>(pending: Map<number, Pending<T>>, request: object, progress?: (p: CommitProgress) => void) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, progress });
      worker.postMessage({ ...request, id });
    });
  const settle = <T>(pending: Map<number, Pending<T>>, id: number, outcome: { value: T } | { error: Error }) => {
    const entry = pending.get(id);
    pending.delete(id);
    if ('value' in outcome) entry?.resolve(outcome.value);
    else entry?.reject(outcome.error);
  };
  return new Promise<ImportSession>((resolve, reject) => {
    const fail = (error: ImportError) => {
      worker.terminate();
      reject(error);
      for (const p of [...plans.values(), ...commits.values()]) p.reject(error);
    };
    worker.onmessage = (event: MessageEvent) => {
      const reply = WorkerReplySchema.safeParse(event.data);
      if (!reply.success) return;
      const message: WorkerReply = reply.data;
      switch (message.type) {
        case 'progress':
          return options.onProgress?.(message);
        case 'error':
          return fail(
            new ImportError(message.reason, { line: message.line, params: message.params, detail: message.detail }),
          );
        case 'planned':
          return settle(plans, message.id, { value: message.summary });
        case 'plan-error':
          return settle(plans, message.id, { error: new Error(message.message) });
        case 'commit-progress':
          return commits.get(message.id)?.progress?.(message);
        case 'committed':
          return settle(commits, message.id, { value: { counts: message.counts, written: message.written } });
        case 'commit-error':
          return settle(commits, message.id, {
            error:
              message.notice && message.code
                ? new LibraryError(message.notice, message.code)
                : new Error(message.message),
          });
        case 'done':
          return resolve({
            info: message.info,
            plan: (policy, replace) => ask(plans, { type: 'plan', policy, replace }),
            commit: (policy, replace, onProgress) => ask(commits, { type: 'commit', policy, replace }, onProgress),
            close: () => worker.terminate(),
          });
      }
    };
    worker.onerror = (event) =>
      fail(new ImportError('unreadable', { detail: event.message || 'import worker failed' }));
    worker.postMessage({ type: 'parse', name, bytes }, [bytes]);
  });
}
