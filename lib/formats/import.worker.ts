import { parseImportFile } from './detect';
import { ImportError } from './types';
import { ParseRequestSchema, type WorkerReply } from './worker-protocol';

// Parses an import file off the options page's main thread (a 100,000-entry YAML file
// takes seconds), reporting progress. Nothing here touches the database.

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent) => {
  const request = ParseRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { name, bytes } = request.data;
  try {
    const parsed = parseImportFile(name, new Uint8Array(bytes), {
      onProgress: ({ done, total }) => reply({ type: 'progress', done, total }),
    });
    reply({ type: 'done', parsed });
  } catch (error) {
    const e =
      error instanceof ImportError
        ? error
        : new ImportError('unreadable', { detail: error instanceof Error ? error.message : String(error) });
    reply({ type: 'error', reason: e.reason, line: e.line, params: e.params, detail: e.message });
  }
});
