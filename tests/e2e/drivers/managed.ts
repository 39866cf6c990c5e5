import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Managed storage for the e2e browsers, the way an admin sets it (issue #18), so the
// extension reads it through `storage.managed` exactly as in production:
//   Chromium  a policy file in Debian Chromium's system policy folder, keyed by the id of
//             this checkout's unpacked build (derived from its path), so it reaches no other
//             extension and no other checkout's build; removed again when the browser closes.
//   Firefox   policies.json in a temporary folder, named by `browser.policies.alternatePath`,
//             which Firefox honours only under automation (the automation pref plus
//             MOZ_DISABLE_NONLOCAL_CONNECTIONS): nothing system-wide.
// Neither is reachable from a web page or from the extension itself.

export type ManagedData = Record<string, unknown>;

const CHROMIUM_POLICIES = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: sha256 of its path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function writeChromiumPolicy(extensionDir: string, data: ManagedData): () => void {
  const id = unpackedExtensionId(extensionDir);
  mkdirSync(CHROMIUM_POLICIES, { recursive: true });
  const file = join(CHROMIUM_POLICIES, `tonlage-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: data } } }));
  return () => rmSync(file, { force: true });
}

export function firefoxPolicy(geckoId: string, data: ManagedData) {
  const dir = mkdtempSync(join(tmpdir(), 'tonlage-policies-'));
  const file = join(dir, 'policies.json');
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: data } } } }));
  return {
    prefs: {
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      'browser.policies.alternatePath': file,
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
