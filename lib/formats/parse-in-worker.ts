import { parseImportFile } from './detect';
import { ImportError, type ParsedImport } from './types';
import { WorkerReplySchema } from './worker-protocol';

// The options page's way to read an import file: in a Web Worker, so the page keeps
// answering while a large file is parsed, with progress. Where workers are unavailable
// (unit tests in Node) it parses in place.

export interface ParseInWorkerOptions {
  onProgress?: (progress: { done: number; total: number }) => void;
}

export function parseFileInWorker(
  name: string,
  bytes: ArrayBuffer,
  options: ParseInWorkerOptions,
): Promise<ParsedImport> {
  if (typeof Worker === 'undefined') {
    return Promise.resolve().then(() =>
      parseImportFile(name, new Uint8Array(bytes), { onProgress: options.onProgress }),
    );
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ParsedImport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      const reply = WorkerReplySchema.safeParse(event.data);
      if (!reply.success) return;
      const message = reply.data;
      if (message.type === 'progress') return options.onProgress?.(message);
      worker.terminate();
      if (message.type === 'done') resolve(message.parsed);
      else
        reject(new ImportError(message.reason, { line: message.line, params: message.params, detail: message.detail }));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ImportError('unreadable', { detail: event.message || 'import worker failed' }));
    };
    worker.postMessage({ name, bytes }, [bytes]);
  });
}
