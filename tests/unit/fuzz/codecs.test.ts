import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { serializeTonlage } from '@/lib/formats/tonlage-json';
import { snippetArb } from '../formats/arbitraries';
import { importsSafely, nasty, params, TIMEOUT } from './runs';

// Property-based fuzzing of every import codec (issue #13): arbitrary and half-valid files
// never crash, hang or pollute prototypes, and whatever they yield is validated.

const json = fc.jsonValue({ maxDepth: 4 });
const fieldValue = fc.oneof(nasty, json, fc.integer(), fc.boolean(), fc.constant(null));
const looseRecord = fc.dictionary(fc.oneof(nasty, fc.constantFrom('title', 'body', 'shortcut', 'tags')), fieldValue, {
  maxKeys: 6,
});

describe('fuzz: Tonlage JSON', () => {
  it(
    'round-trips any valid library exactly',
    () => {
      fc.assert(
        fc.property(fc.array(snippetArb, { maxLength: 5 }), (snippets) => {
          const parsed = importsSafely('lib.json', serializeTonlage({ kind: 'library', exportedAt: 1, snippets }))!;
          expect(parsed.entries.map((e) => e.candidate)).toEqual(snippets);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'survives damaged files: arbitrary fields, snippets and notes',
    () => {
      const file = fc.record(
        {
          format: fc.constant('tonlage'),
          version: fc.oneof(fc.constant(1), fc.integer(), fieldValue),
          kind: fc.oneof(fc.constantFrom('backup', 'library'), fieldValue),
          exportedAt: fc.oneof(fc.nat(), fieldValue),
          snippets: fc.oneof(fc.array(fc.oneof(snippetArb, looseRecord, fieldValue), { maxLength: 5 }), fieldValue),
          notes: fc.oneof(fc.array(fc.oneof(looseRecord, fieldValue), { maxLength: 3 }), fieldValue),
          settings: fc.oneof(looseRecord, fieldValue),
        },
        { requiredKeys: ['format'] },
      );
      fc.assert(
        fc.property(file, fc.boolean(), (value, pollute) => {
          let text = JSON.stringify(value);
          if (pollute)
            text = text.replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},');
          importsSafely('backup.json', text);
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: Zendesk macros', () => {
  it(
    'survives arbitrary macros and actions',
    () => {
      const action = fc.record({
        field: fc.oneof(fc.constantFrom('comment_value', 'comment_value_html', 'status', 'subject'), nasty),
        value: fc.oneof(nasty, fc.tuple(fc.constant('channel:all'), nasty), fieldValue),
      });
      const macro = fc.record(
        { title: fc.oneof(nasty, fieldValue), active: fc.oneof(fc.boolean(), fieldValue), actions: fc.array(action) },
        { requiredKeys: ['actions'] },
      );
      const file = fc.oneof(
        fc.record({ macros: fc.array(fc.oneof(macro, fieldValue), { maxLength: 5 }) }),
        fc.record({ macro }),
        fc.array(macro, { maxLength: 4 }),
        json,
      );
      fc.assert(
        fc.property(file, (value) => void importsSafely('macros.json', JSON.stringify(value) ?? 'null')),
        params,
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: Espanso YAML', () => {
  const match = fc.record(
    {
      trigger: nasty,
      triggers: fc.array(nasty, { maxLength: 3 }),
      replace: fc.oneof(nasty, fc.constantFrom('{{form1.name}}', '{{today}}', '{{sig}}', '{{pick}}', 'x $|$ y')),
      html: nasty,
      form: nasty,
      label: nasty,
      regex: nasty,
      vars: fc.array(
        fc.record({
          name: fc.oneof(fc.constantFrom('form1', 'today', 'sig', 'pick'), nasty),
          type: fc.oneof(fc.constantFrom('form', 'date', 'echo', 'choice', 'shell', 'list'), nasty),
          params: looseRecord,
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  );
  const document = fc.record({
    matches: fc.oneof(fc.array(fc.oneof(match, fieldValue), { maxLength: 5 }), fieldValue),
  });

  it(
    'survives structurally plausible match files',
    () => {
      fc.assert(
        fc.property(document, (doc) => void importsSafely('base.yml', stringify(doc))),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'survives YAML assembled from its special syntax (anchors, aliases, merges, tags, flow)',
    () => {
      const token = fc.oneof(
        nasty,
        fc.constantFrom(
          'matches:',
          '\n  - trigger: ',
          '\n    replace: ',
          '&a ',
          '*a',
          '*b',
          '<<: *a',
          '!!binary ',
          '!!js/function ',
          '!custom ',
          '[',
          ']',
          '{',
          '}',
          '? ',
          ': ',
          '- ',
          '|',
          '>-',
          '---\n',
          '...\n',
          '%YAML 1.2\n',
          '\t',
          '#',
          "'",
          '"',
        ),
      );
      fc.assert(
        fc.property(fc.array(token, { maxLength: 30 }), (tokens) => void importsSafely('x.yml', tokens.join(''))),
        params,
      );
    },
    TIMEOUT,
  );
});

describe('fuzz: CSV', () => {
  it(
    'survives arbitrary tables, delimiters and quoting',
    () => {
      const cell = fc.oneof(nasty, fc.constantFrom('"', '""', '"a,b"', ';', '\t', '\r', '\n'));
      const header = fc.shuffledSubarray(['title', 'shortcut', 'tags', 'body', 'Text', 'Titel', 'extra', ''], {
        minLength: 1,
      });
      fc.assert(
        fc.property(
          header,
          fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
          fc.constantFrom(',', ';', '\t'),
          fc.boolean(),
          (head, rows, delimiter, bom) => {
            const text = Papa.unparse([head, ...rows], { delimiter });
            importsSafely('table.csv', `${bom ? '\uFEFF' : ''}${text}`);
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'survives arbitrary bytes under any file name',
    () => {
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 400 }),
          fc.constantFrom('a.csv', 'a.json', 'a.yml', 'a.txt', 'a'),
          (bytes, name) => void importsSafely(name, bytes),
        ),
        params,
      );
    },
    TIMEOUT,
  );
});
