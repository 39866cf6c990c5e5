import { listNotes } from '../db/notes';
import { listSnippets } from '../db/snippets';
import { parseImportFile } from './detect';
import type { ConflictPolicy } from './plan';
import { planImport } from './plan';
import { type PlanSummary, summarisePlan } from './plan-summary';
import { ImportError, type ParsedImport } from './types';
import { type WorkerReply, WorkerReplySchema } from './worker-protocol';

// The options page's way to read an import file and plan its dry run: in a Web Worker, so
// the page keeps answering while a large file is parsed and compared with the library, with
// progress. Where workers are unavailable (unit tests in Node) it works in place.

export interface ParseInWorkerOptions {
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** A file read for import; plan its dry run for each policy the agent picks, then close it. */
export interface ImportSession {
  parsed: ParsedImport;
  plan(policy: ConflictPolicy, replace: boolean): Promise<PlanSummary>;
  close(): void;
}

function inPlace(parsed: ParsedImport): ImportSession {
  return {
    parsed,
    async plan(policy, replace) {
      const existing = replace ? [] : await listSnippets();
      const existingNotes = replace && parsed.notes !== undefined ? [] : await listNotes();
      return summarisePlan(planImport(parsed, existing, policy, { existingNotes }));
    },
    close() {},
  };
}

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
  const plans = new Map<number, { resolve: (s: PlanSummary) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  return new Promise<ImportSession>((resolve, reject) => {
    const fail = (error: ImportError) => {
      worker.terminate();
      reject(error);
      for (const p of plans.values()) p.reject(error);
    };
    worker.onmessage = (event: MessageEvent) => {
      const reply = WorkerReplySchema.safeParse(event.data);
      if (!reply.success) return;
      const message: WorkerReply = reply.data;
      if (message.type === 'progress') return options.onProgress?.(message);
      if (message.type === 'error')
        return fail(
          new ImportError(message.reason, { line: message.line, params: message.params, detail: message.detail }),
        );
      if (message.type === 'planned' || message.type === 'plan-error') {
        const pending = plans.get(message.id);
        plans.delete(message.id);
        if (message.type === 'planned') pending?.resolve(message.summary);
        else pending?.reject(new Error(message.message));
        return;
      }
      resolve({
        parsed: message.parsed,
        plan: (policy, replace) =>
          new Promise<PlanSummary>((res, rej) => {
            const id = nextId++;
            plans.set(id, { resolve: res, reject: rej });
            worker.postMessage({ type: 'plan', id, policy, replace });
          }),
        close: () => worker.terminate(),
      });
    };
    worker.onerror = (event) =>
      fail(new ImportError('unreadable', { detail: event.message || 'import worker failed' }));
    worker.postMessage({ type: 'parse', name, bytes }, [bytes]);
  });
}
