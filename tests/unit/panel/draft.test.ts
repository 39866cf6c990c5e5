// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftTarget, linesToHtml, readDraft } from '@/lib/insert/draft';
import type { Target } from '@/lib/insert/targets';

describe('readDraft', () => {
  it('reads a textarea value as it is', () => {
    const el = document.createElement('textarea');
    el.value = 'Hallo Frau Krause,\n\nSie befolgen unseren Prozess nicht! ';
    document.body.append(el);
    expect(readDraft({ kind: 'text-control', el })).toEqual({ text: el.value, rich: false });
  });

  it('reads a rich editor as lines, without caret fillers, non-breaking or trailing spaces', () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.innerHTML =
      '<p>Hallo\u00a0Jonas,</p><p><br data-cke-filler="true"></p><p>Danke\u2060\u2060 für<br>Ihre Nachricht.</p>';
    document.body.append(el);
    expect(readDraft({ kind: 'rich', el })).toEqual({ text: 'Hallo Jonas,\n\nDanke für\nIhre Nachricht.', rich: true });
  });

  it('has no draft without a connected box', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft({ kind: 'rich', el: document.createElement('div') })).toBeNull();
  });
});

describe('linesToHtml', () => {
  it('makes one escaped paragraph per line, empty lines included', () => {
    expect(linesToHtml('Hallo <Name>,\n\nA & B')).toBe('<p>Hallo &lt;Name&gt;,</p><p></p><p>A &amp; B</p>');
  });
});

describe('draftTarget', () => {
  it('falls back to the first reply box when nothing was focused', () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    const target = draftTarget(null, [box]) as Extract<Target, { kind: 'rich' }> | null;
    expect(target?.el).toBe(box);
    expect(draftTarget(null, [])).toBeNull();
  });
});
