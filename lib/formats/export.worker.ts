import { exportLibraryParts } from './transfer';
import { ExportRequestSchema, type ExportReply, jsonFile } from './export-protocol';

// Writes a backup or library export off the options page's main thread: reading 150,000
// records and serialising them to a 150 MB JSON text takes seconds, during which the page
// would not answer (issue #13, scale). It reports how far it got, so the page can show a percentage. The page reads the settings (extension storage, which
// a worker cannot reach) and sends them along; the worker answers with the file as a Blob.

const reply = (message: ExportReply) => postMessage(message);

addEventListener('message', (event: MessageEvent) => {
  const request = ExportRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { kind, now, settings } = request.data;
  const onProgress = ({ done, total }: { done: number; total: number }) =>
    reply({ type: 'export-progress', done, total });
  exportLibraryParts(kind, { now, settings, onProgress }).then(
    (parts) => reply({ type: 'exported', file: jsonFile(parts) }),
    (error: unknown) =>
      reply({ type: 'export-error', message: error instanceof Error ? error.message : String(error) }),
  );
});
