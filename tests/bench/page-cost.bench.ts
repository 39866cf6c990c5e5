import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, openReplica } from '../e2e/browser';
import type { BenchResult } from './types';

// Issue #3: the content script's cost on a busy helpdesk page (about 5,000 nodes and
// 1,000 DOM mutations a second), in Chromium: the page's main-thread time with and
// without the extension, measured in the same run, alternating, median of rounds.
// Needs `npm run build && npm run build:fixtures`.

const URL_ = 'https://acme.zendesk.com/agent/__bench/';
const WINDOW_MS = 5_000;
const ROUNDS = 3;

async function mainThreadMs(withExtension: boolean): Promise<number> {
  const browser = await launchWithExtension({ withoutExtension: !withExtension });
  try {
    const page = await openReplica(browser.context, URL_);
    await page.locator('[contenteditable="true"]').click(); // an agent working in the ticket
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    await page.waitForTimeout(1_000); // settle after load
    const before = await read();
    await page.waitForTimeout(WINDOW_MS); // the measurement window itself
    return (await read()) - before;
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function pageCost(): Promise<BenchResult[]> {
  const without: number[] = [];
  const withExt: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    without.push(await mainThreadMs(false));
    withExt.push(await mainThreadMs(true));
  }
  const base = median(without);
  const ext = median(withExt);
  const overhead = ((ext - base) / base) * 100;
  const script = join(EXTENSION_DIR, 'content-scripts/helpdesk.js');
  const gz = gzipSync(readFileSync(script)).length / 1024;
  return [
    {
      name: `busy page main-thread time per ${WINDOW_MS / 1000} s with Tonlage (Chromium, median of ${ROUNDS})`,
      value: ext,
      unit: 'ms',
      reference: { name: 'same page without the extension', value: base },
    },
    {
      name: 'content-script overhead on the busy page (Chromium)',
      value: overhead,
      unit: '%',
      target: '< 2 %',
      pass: overhead < 2,
    },
    {
      name: `content script size gzipped (${(statSync(script).size / 1024).toFixed(1)} KB raw)`,
      value: gz,
      unit: 'KB',
      target: '<= 30 KB',
      pass: gz <= 30,
    },
  ];
}
