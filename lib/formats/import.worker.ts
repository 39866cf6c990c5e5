import { getDb } from '../db/database';
import { LibraryError } from '../db/errors';
import { parseImportFile } from './detect';
import { planImport } from './plan';
import { inferAhead } from './records';
import { summarisePlan } from './plan-summary';
import { announceImport, commitImport, translateImportError } from './transfer';
import { ImportError, type ParsedImport } from './types';
import {
  type CommitRequest,
  fileInfo,
  type ParseRequest,
  type PlanRequest,
  type WorkerReply,
  WorkerRequestSchema,
} from './worker-protocol';

// Parses an import file, plans the dry run and commits it off the options page's main
// thread (a 100,000-entry file takes seconds to parse, compare with a large library and
// write), reporting progress. The commit plans once more inside its transaction, against
// the entries this worker already holds, and writes from here: the page neither receives
// the records to write nor validates them a second time. A closed tab ends the worker,
// which aborts the uncommitted transaction. Settings live in extension storage, which a
// worker cannot reach: the page restores a backup's settings after the commit.

const reply = (message: WorkerReply) => postMessage(message);
let parsed: ParsedImport | undefined;

// While the agent reads the dry run, the worker infers language and moods ahead for the
// commit (most of a large commit's planning time), in slices so that a commit or a change of
// policy is answered between them. A commit stops it and infers whatever is left itself.
const AHEAD_SLICE = 250;
let ahead: { next: number; stopped: boolean } | undefined;

function inferInSlices(file: ParsedImport): void {
  if (ahead) return;
  const run = (ahead = { next: 0, stopped: false });
  const slice = () => {
    if (run.stopped || parsed !== file) return;
    const end = Math.min(run.next + AHEAD_SLICE, file.entries.length);
    for (; run.next < end; run.next++) {
      const c = file.entries[run.next]!.candidate;
      if (c) inferAhead(c);
    }
    if (run.next < file.entries.length) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

function parse({ name, bytes }: ParseRequest): void {
  try {
    parsed = parseImportFile(name, new Uint8Array(bytes), {
      onProgress: ({ done, total }) => reply({ type: 'progress', done, total }),
    });
    reply({ type: 'done', info: fileInfo(parsed) });
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
    // The dry run shows nothing that depends on inferred language and moods: the commit infers.
    const planned = planImport(parsed, existing, policy, { existingNotes, infer: false });
    reply({ type: 'planned', id, summary: summarisePlan(planned) });
    inferInSlices(parsed);
  } catch (error) {
    reply({ type: 'plan-error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

async function commit({ id, policy, replace }: CommitRequest): Promise<void> {
  try {
    if (!parsed) throw new Error('commit-before-parse');
    if (ahead) ahead.stopped = true;
    const summary = await commitImport(parsed, policy, {
      replace,
      restoreSettings: false,
      announce: false,
      onProgress: ({ phase, done, total }) =>
        reply({ type: 'commit-progress', id, phase: phase === 'parse' ? 'validate' : phase, done, total }),
    });
    // The page hears "done" before the other contexts start re-reading the library.
    reply({ type: 'committed', id, counts: summary.counts, written: summary.written });
    announceImport(summary.plan, parsed, replace);
  } catch (raw) {
    const error = translateImportError(raw);
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof LibraryError)
      reply({ type: 'commit-error', id, notice: error.notice, code: error.code, message });
    else reply({ type: 'commit-error', id, message });
  }
}

addEventListener('message', (event: MessageEvent) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  if (!request.success) return;
  if (request.data.type === 'parse') parse(request.data);
  else if (request.data.type === 'plan') void plan(request.data);
  else void commit(request.data);
});
