import { exportLibrary } from './transfer';
import { ExportRequestSchema, type ExportReply, jsonFile } from './export-protocol';

// Writes a backup or library export off the options page's main thread: reading 150,000
// records and serialising them to a 150 MB JSON text takes seconds, during which the page
// would not answer (issue #13, scale). The page reads the settings (extension storage, which
// a worker cannot reach) and sends them along; the worker answers with the file as a Blob.

const reply = (message: ExportReply) => postMessage(message);

addEventListener('message', (event: MessageEvent) => {
  const request = ExportRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { kind, now, settings } = request.data;
  exportLibrary(kind, { now, settings }).then(
    (text) => reply({ type: 'exported', file: jsonFile(text) }),
    (error: unknown) =>
      reply({ type: 'export-error', message: error instanceof Error ? error.message : String(error) }),
  );
});
