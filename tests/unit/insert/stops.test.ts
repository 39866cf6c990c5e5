// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { armStops, moveToNextStop, visibleAfterCaret } from '@/lib/insert/stops';
import type { Target } from '@/lib/insert/targets';
import { renderTemplate } from '@/lib/template';

// Tab stops in a text field: visited in number order, also when written out of order, with
// what the agent typed at one stop taken into account for the stops written before it.

function insertInto(box: HTMLTextAreaElement, body: string) {
  const target: Target = { kind: 'text-control', el: box };
  const { text, stops } = renderTemplate(body, { fields: {}, now: 0, locale: 'de' } as never);
  const after = visibleAfterCaret(target);
  const at = box.selectionStart ?? 0;
  box.setRangeText(text, at, box.selectionEnd ?? at, 'end');
  box.setSelectionRange(at + stops![0]!, at + stops![0]!);
  armStops(target, after, text, stops);
  const type = (s: string) => box.setRangeText(s, box.selectionStart!, box.selectionEnd!, 'end');
  return { type, tab: () => moveToNextStop(target) };
}

describe('Tab stops in a text field', () => {
  const box = () => {
    const el = document.createElement('textarea');
    document.body.append(el);
    el.value = 'Vorher. Nachher.';
    el.setSelectionRange(8, 8);
    return el;
  };

  it('visits {{tab:1}} before {{tab:2}} when {{tab:2}} is written first', () => {
    const el = box();
    const { type, tab } = insertInto(el, 'Bestellung {{cursor}}, Versand: {{tab:2}}, Betrag: {{tab:1}}. ');
    type('4711');
    expect(tab()).toBe(true);
    type('23,90');
    expect(tab()).toBe(true);
    type('DHL');
    expect(el.value).toBe('Vorher. Bestellung 4711, Versand: DHL, Betrag: 23,90. Nachher.');
    expect(tab()).toBe(false);
  });

  it('visits stops written in order as before', () => {
    const el = box();
    const { type, tab } = insertInto(el, '{{tab:1}} und {{tab:2}} und {{tab:3}}. ');
    for (const word of ['eins', 'zwei']) {
      type(word);
      tab();
    }
    type('drei');
    expect(el.value).toBe('Vorher. eins und zwei und drei. Nachher.');
  });

  it('follows several stops written backwards', () => {
    const el = box();
    const { type, tab } = insertInto(el, 'A {{tab:3}} B {{tab:2}} C {{tab:1}} D ');
    for (const word of ['eins', 'zwei']) {
      type(word);
      tab();
    }
    type('drei');
    expect(el.value).toBe('Vorher. A drei B zwei C eins D Nachher.');
  });
});
