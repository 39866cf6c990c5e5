import { describe, expect, it } from 'vitest';
import { type Machine, resolveBrowser } from '../../tools/browsers';

// The resolver behind `npm test` and `npm run demo` on a machine that may lack a browser.

function machine(executables: string[], env: Record<string, string> = {}, isRoot = false): Machine {
  return { env: { PATH: '/usr/local/bin:/usr/bin', ...env }, isRoot, isExecutable: (p) => executables.includes(p) };
}

describe('resolveBrowser', () => {
  it("finds Debian's binaries where the packages put them", () => {
    const m = machine(['/usr/bin/chromium', '/usr/bin/firefox-esr']);
    expect(resolveBrowser('chromium', m)).toEqual({ kind: 'found', path: '/usr/bin/chromium' });
    expect(resolveBrowser('firefox', m)).toEqual({ kind: 'found', path: '/usr/bin/firefox-esr' });
  });

  it('finds a binary elsewhere on PATH', () => {
    expect(resolveBrowser('firefox', machine(['/usr/local/bin/firefox-esr']))).toEqual({
      kind: 'found',
      path: '/usr/local/bin/firefox-esr',
    });
  });

  it('takes the variable over everything else, and refuses a wrong one without installing', () => {
    const m = machine(['/opt/chrome/chrome', '/usr/bin/chromium', '/usr/bin/apt-get'], {}, true);
    expect(resolveBrowser('chromium', { ...m, env: { ...m.env, CHROMIUM_PATH: '/opt/chrome/chrome' } })).toEqual({
      kind: 'found',
      path: '/opt/chrome/chrome',
    });
    const wrong = resolveBrowser('chromium', { ...m, env: { ...m.env, CHROMIUM_PATH: '/nonexistent' } });
    expect(wrong).toEqual({
      kind: 'missing',
      message: 'CHROMIUM_PATH=/nonexistent is not an executable chromium: fix or unset it.',
    });
  });

  it("installs Debian's package only as root with apt-get", () => {
    expect(resolveBrowser('firefox', machine(['/usr/bin/apt-get'], {}, true))).toEqual({
      kind: 'install',
      debianPackage: 'firefox-esr',
    });
    expect(resolveBrowser('chromium', machine([], {}, true)).kind).toBe('missing');
    expect(resolveBrowser('chromium', machine(['/usr/bin/apt-get'], {}, false))).toEqual({
      kind: 'missing',
      message:
        'chromium not found: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its binary.',
    });
  });
});
