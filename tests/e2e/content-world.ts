import type { CDPSession, Page } from 'playwright-core';

// Runs code in the extension's content-script world of a page (Chromium's isolated world
// named after the extension), so tests can use the same chrome.runtime channel the content
// script uses. Page scripts have no access to this world.

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export async function contentWorld(
  page: Page,
): Promise<{ evaluate<T>(expression: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as ExecutionContext));
  await cdp.send('Runtime.enable');
  const find = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  const deadline = Date.now() + 10_000;
  while (!find()) {
    if (Date.now() > deadline)
      throw new Error('The content script world never appeared: is the content script injected?');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const contextId = find()!.id;
  return {
    cdp,
    async evaluate<T>(expression: string): Promise<T> {
      const result = await cdp.send('Runtime.evaluate', {
        contextId,
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (result.exceptionDetails)
        throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value as T;
    },
  };
}

/** Sends a protocol message from the content-script world in the wire format of @webext-core/messaging. */
export function messageExpression(type: string, data: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 0 })})`;
}
