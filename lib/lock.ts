// Runs read-modify-write sections one at a time across the extension's contexts. They share
// one origin, so the Web Locks API serialises the options page, side panel and background.
// Where it is missing (unit tests in Node) a per-context queue stands in.

const queues = new Map<string, Promise<unknown>>();

export function serialized<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(work, work);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
