// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CARET_MOVE_FLOOR_MS, learnLag, watchSelection } from '@/lib/insert/late-selection';

// Issue #16: the wait for an editor to take a selection is a condition (the browser's
// selectionchange was dispatched), plus what the read-back taught about this editor.

const elapsed = async (run: () => Promise<void>) => {
  const from = performance.now();
  await run();
  return performance.now() - from;
};

describe('waiting until an editor has the selection', () => {
  it('goes on as soon as selectionchange was dispatched, without a fixed wait', async () => {
    const editor = document.createElement('div');
    const watch = watchSelection(editor);
    setTimeout(() => document.dispatchEvent(new Event('selectionchange')), 5);
    expect(await elapsed(() => watch.settled())).toBeLessThan(90);
  });

  it('adds the lag the read-back taught for this editor, and the floor after a caret move', async () => {
    const late = document.createElement('div');
    learnLag(late, 120);
    const watch = watchSelection(late);
    document.dispatchEvent(new Event('selectionchange'));
    expect(await elapsed(() => watch.settled())).toBeGreaterThanOrEqual(115);
    const other = document.createElement('div');
    const moved = watchSelection(other);
    document.dispatchEvent(new Event('selectionchange'));
    expect(await elapsed(() => moved.settled(CARET_MOVE_FLOOR_MS))).toBeGreaterThanOrEqual(CARET_MOVE_FLOOR_MS - 5);
  });
});
