import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Surface } from './drivers';

// axe-core (dev dependency, MPL-2.0; docs/licenses.md) run inside any page or frame the
// drivers reach, including the palette frame in Firefox, which only takes `evaluate`.
// Extension pages forbid eval by CSP, so axe is not injected as a string to run there: its
// source becomes the body of the function the driver sends, which the protocol itself runs.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets of WCAG 2.1 A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  nodes: string[];
}

// Every driver serialises the function it is given with toString(); this one carries axe.
const inject = Object.assign(() => true, {
  toString: () => `() => { if (!window.axe) { ${AXE_SOURCE}\n} return !!window.axe; }`,
});

/** axe's violations on `surface` (the whole document, or the part matching `include`). */
export async function axeFindings(surface: Surface, include?: string): Promise<AxeFinding[]> {
  if (!(await surface.evaluate(inject))) throw new Error('axe-core did not load');
  return surface.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { include, tags: WCAG_21_AA },
  );
}

/** Only what blocks or badly hinders a user: axe's serious and critical findings. */
export async function seriousAxeFindings(surface: Surface, include?: string): Promise<AxeFinding[]> {
  const all = await axeFindings(surface, include);
  return all.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

// The part of axe's API used here, declared for the page world (axe-core's own typings
// describe the Node module, not window.axe).
interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
  }>;
}

type Language = 'de' | 'en';
type Theme = 'light' | 'dark';

/**
 * The interface languages and themes an accessibility check runs in. axe reads the same DOM
 * and styles in both browsers: Chromium checks every combination, Firefox each language and
 * each theme once (German light, English dark), which keeps the CI run within its time.
 */
export const a11yStates = (browser: string): [Language, Theme][] =>
  browser === 'chromium'
    ? [
        ['de', 'light'],
        ['de', 'dark'],
        ['en', 'light'],
        ['en', 'dark'],
      ]
    : [
        ['de', 'light'],
        ['en', 'dark'],
      ];
