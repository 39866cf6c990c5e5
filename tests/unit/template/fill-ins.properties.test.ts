import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseTemplate,
  renderTemplate,
  SECTION_OFF,
  type TemplateValues,
  validateTemplate,
} from '../../../lib/template';

// Properties of the richer fill-ins (issue #19), on generated templates.

const values = (fields: Record<string, string> = {}): TemplateValues => ({
  customer: {},
  agent: {},
  ticket: {},
  fields,
  now: Date.UTC(2026, 11, 1),
  locale: 'de',
});
/** Plain words: no braces, bars, line breaks or leading/trailing spaces. */
const word = fc.stringMatching(/^[a-zäöüß0-9]{1,8}$/);

describe('fill-in properties', () => {
  it('a choice is parsed with its options and renders the chosen one (else the first)', () => {
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { minLength: 2, maxLength: 5 }), fc.nat(), (label, options, pick) => {
        const body = `x {{ choice: ${label} | ${options.join(' | ')} }} y`;
        const check = validateTemplate(body);
        expect(check).toEqual({ ok: true, fields: [{ key: label, label, kind: 'choice', options }] });
        const chosen = options[pick % options.length]!;
        expect(renderTemplate(body, values({ [label]: chosen })).text).toBe(`x ${chosen} y`);
        expect(renderTemplate(body, values()).text).toBe(`x ${options[0]} y`);
      }),
    );
  });

  // A tree of optional sections, each holding a unique token: what is rendered is exactly
  // the tokens whose sections and all enclosing ones are switched on.
  type Section = { children: Section[] };
  const tree = fc.letrec<{ section: Section; list: Section[] }>((tie) => ({
    section: fc.record({
      children: fc.oneof({ maxDepth: 3, depthIdentifier: 'sections' }, fc.constant<Section[]>([]), tie('list')),
    }),
    list: fc.array(tie('section'), { maxLength: 3 }),
  })).list;

  it('optional sections, nested, keep exactly the switched-on parts', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (sections, switches) => {
        let n = 0;
        const expected: string[] = [];
        const fields: Record<string, string> = {};
        const write = (list: Section[], visible: boolean): string =>
          list
            .map((s) => {
              const id = n++;
              const on = switches[id % switches.length]!;
              if (!on) fields[`optional:S${id}`] = SECTION_OFF;
              if (visible && on) expected.push(`t${id}`);
              const inner = write(s.children, visible && on);
              return `{{#optional:S${id}}} t${id}${inner}{{/optional}}`;
            })
            .join('');
        const body = `Anfang${write(sections, true)} Ende`;
        const r = renderTemplate(body, values(fields));
        expect(r.errors).toEqual([]);
        expect(r.text.match(/t\d+/g) ?? []).toEqual(expected);
        expect(r.text.startsWith('Anfang') && r.text.endsWith(' Ende')).toBe(true);
      }),
    );
  });

  it('tab stops are offered in order ({{cursor}}, then by number, then as written), in text and HTML', () => {
    const piece = fc.oneof(
      word.map((w) => ({ text: ` ${w}` })),
      fc.integer({ min: 0, max: 4 }).map((order) => ({ order })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, html) => {
        let body = '';
        let text = '';
        const stops: { order: number; at: number; k: number }[] = [];
        let cursorSeen = false;
        pieces.forEach((p, k) => {
          if ('text' in p) {
            body += p.text;
            text += p.text;
          } else if (p.order === 0) {
            body += '{{cursor}}';
            // Only the first {{cursor}} counts.
            if (!cursorSeen) stops.push({ order: 0, at: text.length, k });
            cursorSeen = true;
          } else {
            body += `{{tab:${p.order}}}`;
            stops.push({ order: p.order, at: text.length, k });
          }
        });
        const expected = stops.sort((a, b) => a.order - b.order || a.k - b.k).map((s) => s.at);
        const r = renderTemplate(html ? `<p>x${body}</p>` : `x${body}`, values(), { format: html ? 'html' : 'text' });
        expect(r.text).toBe(`x${text}`);
        expect(r.stops ?? []).toEqual(expected.map((at) => at + 1));
      }),
    );
  });

  it('every problem lies inside the template, and a template with problems asks for nothing', () => {
    const piece = fc.oneof(
      word,
      fc.constantFrom(
        '{{#optional:A}}',
        '{{/optional}}',
        '{{ #optional: }}',
        '{{choice:V|a|b}}',
        '{{choice:V}}',
        '{{tab:1}}',
        '{{tab:}}',
        '{{cursor}}',
        '{{input:N}}',
        '{{',
        '}}',
        '\n',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, html) => {
        const body = parts.join(' ');
        const { problems } = parseTemplate(body);
        for (const p of problems) expect(0 <= p.start && p.start < p.end && p.end <= body.length).toBe(true);
        const check = validateTemplate(body);
        expect(check.ok).toBe(problems.length === 0);
        const r = renderTemplate(body, values(), { format: html ? 'html' : 'text' });
        expect(r.errors).toHaveLength(problems.length);
        expect(r.text).not.toMatch(/\{\{\s*(#optional|\/optional|choice|tab)/);
      }),
    );
  });
});
