import type { Browser, Page } from 'puppeteer-core';
import type { Surface } from './types';

// Firefox's BiDi agent lists an extension frame inside a web page (the palette) in the
// browsing-context tree, but puppeteer never turns it into a Frame (the agent fails to
// track its navigation). Evaluating in it by its context id still works, over the raw
// BiDi connection; values come back as JSON.

interface Context {
  context: string;
  url: string;
  children?: Context[] | null;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: string };
  exceptionDetails?: { text: string };
}
interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

const connection = (browser: Browser) => (browser as unknown as { connection: Connection }).connection;

export async function extensionFrame(browser: Browser, page: Page, urlEnd: string): Promise<Surface | undefined> {
  const root = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection(browser).send('browsingContext.getTree', { root });
  const find = (c: Context): Context | undefined =>
    c.url.endsWith(urlEnd) && c.context !== root ? c : (c.children ?? []).map(find).find(Boolean);
  const frame = (result as { contexts: Context[] }).contexts.map(find).find(Boolean);
  if (!frame) return undefined;
  const unsupported = () =>
    Promise.reject(new Error('Only keyboard and evaluate reach an extension frame in Firefox.'));
  return {
    async evaluate(fn, arg) {
      const expression = `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg) ?? ''})))()`;
      const reply = await connection(browser).send('script.evaluate', {
        expression,
        target: { context: frame.context },
        awaitPromise: true,
      });
      const outcome = reply.result as EvaluateResult;
      if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails?.text ?? 'evaluation failed');
      const value = outcome.result?.value;
      return value === undefined ? (undefined as never) : JSON.parse(value);
    },
    click: unsupported,
    fill: unsupported,
    upload: unsupported,
  };
}

interface SerializedNode {
  type: string;
  value?: { nodeType: number; nodeValue?: string; children?: SerializedNode[]; shadowRoot?: SerializedNode | null };
}

const textIn = (node: SerializedNode | null | undefined): string => {
  const value = node?.value;
  if (!value) return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  return [value.shadowRoot, ...(value.children ?? [])].map(textIn).join(' ');
};

/** The text of every element matching `selector`, their closed shadow trees included (as the agent sees them). */
export async function shadowText(browser: Browser, page: Page, selector: string): Promise<string> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const reply = await connection(browser).send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 20, includeShadowTree: 'all' },
  });
  const outcome = reply.result as { type: string; result?: { value?: SerializedNode[] } };
  if (outcome.type !== 'success') throw new Error(`could not read ${selector}`);
  return (outcome.result?.value ?? []).map(textIn).join(' ');
}
