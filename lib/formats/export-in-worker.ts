import { getSettings } from '../settings';
import { ExportReplySchema, type ExportRequest, jsonFile } from './export-protocol';
import { type ExportOptions, exportLibraryParts } from './transfer';

// The options page's export: in a Web Worker (export.worker.ts), so the page keeps answering
// while a large library is read and serialised. Where workers are unavailable (unit tests in
// Node) it works in place.

export async function exportInWorker(
  kind: 'backup' | 'library',
  { now = Date.now(), onProgress }: Pick<ExportOptions, 'now' | 'onProgress'> = {},
): Promise<Blob> {
  const settings = kind === 'backup' ? await getSettings() : undefined;
  if (typeof Worker === 'undefined') {
    return jsonFile(await exportLibraryParts(kind, { now, settings, onProgress }));
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent) => {
      const reply = ExportReplySchema.safeParse(event.data);
      if (!reply.success) return;
      if (reply.data.type === 'export-progress') {
        onProgress?.({ done: reply.data.done, total: reply.data.total });
        return;
      }
      worker.terminate();
      if (reply.data.type === 'exported') resolve(reply.data.file);
      else reject(new Error(reply.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'export worker failed'));
    };
    const request: ExportRequest = { type: 'export', kind, now, settings };
    worker.postMessage(request);
  });
}
