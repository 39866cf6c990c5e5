import { describe, expect, it } from 'vitest';
import { LibraryError } from '@/lib/db/errors';
import { parseImportFile } from '@/lib/formats/detect';
import { ImportError, type ImportErrorReason } from '@/lib/formats/types';
import { fixture, utf8, valid } from './helpers';
import { en, thrown } from '../i18n/say';

function reasonOf(run: () => unknown): ImportErrorReason | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toBeInstanceOf(LibraryError);
    return (error as ImportError).reason;
  }
  return undefined;
}

describe('parseImportFile: detection', () => {
  it('recognises every fixture by its content', () => {
    expect(parseImportFile('zendesk-macros.json', fixture('zendesk-macros.json')).format).toBe('zendesk');
    expect(parseImportFile('espanso-match.yml', fixture('espanso-match.yml')).format).toBe('espanso');
    expect(parseImportFile('snippets.csv', fixture('snippets.csv')).format).toBe('csv');
    expect(parseImportFile('tonlage-backup.json', fixture('tonlage-backup.json')).format).toBe('tonlage');
  });

  it('does not rely on the extension', () => {
    expect(parseImportFile('download', fixture('zendesk-macros.json')).format).toBe('zendesk');
    expect(parseImportFile('base.txt', fixture('espanso-match.yml')).format).toBe('espanso');
    expect(parseImportFile('export', fixture('snippets.csv')).format).toBe('csv');
  });

  it('refuses empty files, also ones with only a BOM or whitespace', () => {
    expect(reasonOf(() => parseImportFile('a.json', new Uint8Array()))).toBe('empty');
    expect(reasonOf(() => parseImportFile('a.csv', new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('empty');
    expect(reasonOf(() => parseImportFile('a.yml', ' \n\t\n'))).toBe('empty');
    expect(thrown(() => parseImportFile('a.csv', ''))).toBe('The file is empty.');
  });

  it('refuses text that is not JSON, with the line', () => {
    let error: ImportError | undefined;
    try {
      parseImportFile('macros.json', '{\n  "macros": [\n    {"title": "A",}\n  ]\n}');
    } catch (e) {
      error = e as ImportError;
    }
    expect(error?.reason).toBe('not-json');
    expect(error?.message).toMatch(/^importErrNotJson: /);
    expect(error?.line).toBe(3);
    expect(reasonOf(() => parseImportFile('notes.json', 'hello'))).toBe('not-json');
  });

  it('refuses JSON of another shape', () => {
    expect(reasonOf(() => parseImportFile('a.json', '{"tickets": []}'))).toBe('unknown-shape');
    expect(reasonOf(() => parseImportFile('a.json', '[1, 2, 3]'))).toBe('unknown-shape');
    expect(reasonOf(() => parseImportFile('a.json', '"macros"'))).toBe('unknown-shape');
    expect(thrown(() => parseImportFile('a.json', '{"a":1}'))).toMatch(
      /not a format Tonlage knows \(Tonlage export, Zendesk macros\)/,
    );
  });

  it('refuses JSON and YAML that are not UTF-8, but reads such a CSV as Windows-1252', () => {
    const latin1Json = new Uint8Array([...utf8('{"macros":[{"title":"Gr'), 0xfc, ...utf8('","actions":[]}]}')]);
    expect(reasonOf(() => parseImportFile('m.json', latin1Json))).toBe('encoding');
    expect(thrown(() => parseImportFile('m.json', latin1Json))).toMatch(/^The file is not saved as UTF-8\./);
    const latin1Yaml = new Uint8Array([...utf8('matches:\n  - trigger: ":g"\n    replace: "Gr'), 0xfc, 0x22, 0x0a]);
    expect(reasonOf(() => parseImportFile('m.yml', latin1Yaml))).toBe('encoding');

    const parsed = parseImportFile('windows-1252.csv', fixture('windows-1252.csv'));
    expect(en(parsed.warnings[0]!)).toMatch(/not UTF-8; it was read as Windows-1252/);
    expect(valid(parsed.entries).map((c) => [c.title, c.body])).toEqual([
      ['Rücksendung', 'Bitte senden Sie die Ware zurück. Die Gebühr von 4,90 € entfällt.'],
      ['Größe', '„Passt nicht“ ist ein häufiger Grund.'],
    ]);
  });

  it('reports parse progress', () => {
    const seen: [string, number, number][] = [];
    parseImportFile('snippets.csv', fixture('snippets.csv'), {
      onProgress: (p) => seen.push([p.phase, p.done, p.total]),
    });
    expect(seen.at(-1)).toEqual(['parse', 3, 3]);
  });
});
