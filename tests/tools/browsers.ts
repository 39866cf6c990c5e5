import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// Which browser binaries the end-to-end tests and the demo use, and what to do on a
// machine that lacks one: install Debian's package when we may (root with apt-get),
// otherwise one clear line naming the package or the variable that points to a binary.

export type BrowserName = 'chromium' | 'firefox';

interface Spec {
  env: string;
  debianPackage: string;
  /** Looked up on PATH, then as given. */
  candidates: string[];
}

export const BROWSERS: Record<BrowserName, Spec> = {
  chromium: { env: 'CHROMIUM_PATH', debianPackage: 'chromium', candidates: ['/usr/bin/chromium', 'chromium'] },
  firefox: { env: 'FIREFOX_PATH', debianPackage: 'firefox-esr', candidates: ['/usr/bin/firefox-esr', 'firefox-esr'] },
};

export interface Machine {
  env: Record<string, string | undefined>;
  isRoot: boolean;
  isExecutable(path: string): boolean;
}

export type Resolution =
  { kind: 'found'; path: string } | { kind: 'install'; debianPackage: string } | { kind: 'missing'; message: string };

function onPath(name: string, machine: Machine): string | undefined {
  if (name.includes('/')) return machine.isExecutable(name) ? name : undefined;
  for (const dir of (machine.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (machine.isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export function resolveBrowser(name: BrowserName, machine: Machine): Resolution {
  const spec = BROWSERS[name];
  const chosen = machine.env[spec.env];
  // A path the agent set on purpose is never second-guessed by installing something else.
  if (chosen) {
    return machine.isExecutable(chosen)
      ? { kind: 'found', path: chosen }
      : { kind: 'missing', message: `${spec.env}=${chosen} is not an executable ${name}: fix or unset it.` };
  }
  for (const candidate of spec.candidates) {
    const path = onPath(candidate, machine);
    if (path) return { kind: 'found', path };
  }
  if (machine.isRoot && onPath('apt-get', machine)) return { kind: 'install', debianPackage: spec.debianPackage };
  return {
    kind: 'missing',
    message: `${name} not found: install it (Debian: sudo apt-get install -y ${spec.debianPackage}) or set ${spec.env} to its binary.`,
  };
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    isRoot: process.getuid?.() === 0,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The binary for `name`, installing Debian's package first when that is allowed; `undefined` after printing why not. */
export function ensureBrowser(name: BrowserName, machine = thisMachine()): string | undefined {
  const first = resolveBrowser(name, machine);
  if (first.kind === 'found') return first.path;
  if (first.kind === 'missing') {
    console.error(first.message);
    return undefined;
  }
  console.log(`Installing Debian's ${first.debianPackage} for ${name} (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!ok(['update', '-qq']) || !ok(['install', '-y', '-qq', first.debianPackage])) {
    console.error(`Installing ${first.debianPackage} failed: install it yourself or set ${BROWSERS[name].env}.`);
    return undefined;
  }
  const after = resolveBrowser(name, machine);
  return after.kind === 'found' ? after.path : undefined;
}
