import { launchWithExtension, openReplica } from '../e2e/browser';
import type { BenchResult } from './types';

// Issue #5: the palette is visible within 50 ms of the hotkey once warm, in Chromium.
// The page records the hotkey's keydown and the next frame after the palette's host
// becomes visible. Needs `npm run build && npm run build:fixtures`.

const OPENS = 25;

export default async function paletteLatency(): Promise<BenchResult[]> {
  const browser = await launchWithExtension();
  try {
    const page = await openReplica(browser.context, 'https://acme.zendesk.com/agent/tickets/4711');
    await page.locator('.ck-editor__editable:visible').click();
    await page.evaluate(() => {
      const w = window as unknown as { pressedAt: number; shownAt: number[] };
      w.shownAt = [];
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.code === 'Space' && e.ctrlKey && e.shiftKey) w.pressedAt = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        const host = document.querySelector<HTMLElement>('tonlage-palette');
        if (host?.style.visibility === 'visible' && w.pressedAt) {
          const pressed = w.pressedAt;
          w.pressedAt = 0;
          requestAnimationFrame(() => w.shownAt.push(performance.now() - pressed));
        }
      }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['style'] });
    });
    const latencies = () => page.evaluate(() => (window as unknown as { shownAt: number[] }).shownAt);
    for (let i = 0; i <= OPENS; i++) {
      await page.keyboard.press('Control+Shift+Space');
      await page.waitForFunction((n) => (window as unknown as { shownAt: number[] }).shownAt.length > n, i);
      const frame = page.frames().find((f) => f.url().endsWith('/palette.html'))!;
      await frame.waitForFunction(() => document.activeElement?.classList.contains('palette-search'));
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('tonlage-palette')?.style.visibility === 'hidden',
      );
    }
    const all = (await latencies()).slice(1); // the first open warms the frame
    const sorted = [...all].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    return [
      {
        name: `palette visible after the hotkey, median of ${all.length} warm opens (Chromium)`,
        value: median,
        unit: 'ms',
        target: '<= 50 ms',
        pass: median <= 50,
      },
      { name: 'palette visible after the hotkey, p95 (Chromium)', value: p95, unit: 'ms' },
    ];
  } finally {
    await browser.close();
  }
}
