import { getDb } from '../db/database';
import { parseImportFile } from './detect';
import { planImport } from './plan';
import { summarisePlan } from './plan-summary';
import { ImportError, type ParsedImport } from './types';
import { type ParseRequest, type PlanRequest, type WorkerReply, WorkerRequestSchema } from './worker-protocol';

// Parses an import file and plans the dry run off the options page's main thread (a
// 100,000-entry file takes seconds to parse and to compare with a large library),
// reporting progress. It only reads the database; commitImport writes, in the page, and
// plans once more inside its transaction.

const reply = (message: WorkerReply) => postMessage(message);
let parsed: ParsedImport | undefined;

function parse({ name, bytes }: ParseRequest): void {
  try {
    parsed = parseImportFile(name, new Uint8Array(bytes), {
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
}

async function plan({ id, policy, replace }: PlanRequest): Promise<void> {
  try {
    if (!parsed) throw new Error('plan-before-parse');
    const db = getDb();
    // As commitImport will see it: a restore replaces the snippets, and a backup's notes too.
    const existing = replace ? [] : await db.snippets.toArray();
    const existingNotes = replace && parsed.notes !== undefined ? [] : await db.notes.toArray();
    reply({ type: 'planned', id, summary: summarisePlan(planImport(parsed, existing, policy, { existingNotes })) });
  } catch (error) {
    reply({ type: 'plan-error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  if (!request.success) return;
  if (request.data.type === 'parse') parse(request.data);
  else void plan(request.data);
});
