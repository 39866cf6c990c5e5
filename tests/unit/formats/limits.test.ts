import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/formats/detect';
import { IMPORT_LIMITS } from '@/lib/formats/limits';
import { ImportError, type ImportErrorReason } from '@/lib/formats/types';
import { translate } from '@/lib/i18n/messages';
import { errorText } from '@/lib/queries/options';
import { fixture } from './helpers';

// Every file the importer refuses is an ImportError with a reason the interface translates,
// and the message always says the library was not changed (issue #13).

const de = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('de', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the file was accepted');
}

describe('YAML failures', () => {
  const cases: [string, ImportErrorReason, RegExp][] = [
    ['unresolved-alias.yml', 'yaml-alias', /Alias \*signatur.*kein Anker &signatur/],
    ['alias-bomb.yml', 'yaml-alias-bomb', /mehr als 1\.000 Aliase/],
    ['syntax-error.yml', 'yaml-syntax', /Syntaxfehler/],
    ['wrong-shape.yml', 'espanso-no-matches', /keine Espanso-Datei/],
  ];
  for (const [file, reason, german] of cases) {
    it(`${file}: ${reason}, in German, library unchanged`, () => {
      const error = refusal(() => parseImportFile(file, fixture(`bad/${file}`)));
      expect(error.reason).toBe(reason);
      const text = errorText(error, de);
      expect(text).toMatch(german);
      expect(text).toMatch(/Ihre Bibliothek wurde nicht verändert\.$/);
      expect(errorText(error, en)).toMatch(/Your library was not changed\.$/);
    });
  }

  it('stops an alias bomb quickly instead of expanding it', () => {
    const started = performance.now();
    refusal(() => parseImportFile('alias-bomb.yml', fixture('bad/alias-bomb.yml')));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit before reading it', () => {
    const error = refusal(() =>
      parseImportFile('big.csv', 'title,body\na,b\n'.repeat(100), { limits: { maxFileBytes: 1000 } }),
    );
    expect(error.reason).toBe('too-large');
    expect(refusal(() => parseImportFile('x.csv', new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1))).reason).toBe(
      'too-large',
    );
  });

  it('refuses more entries than the limit, naming both numbers', () => {
    const csv = `title,body\n${Array.from({ length: 12 }, (_, i) => `T${i},B${i}`).join('\n')}\n`;
    const error = refusal(() => parseImportFile('many.csv', csv, { limits: { maxEntries: 10 } }));
    expect(error.reason).toBe('too-many-entries');
    expect(errorText(error, de)).toBe(
      'Die Datei hat 12 Einträge; Tonlage importiert bis zu 10 pro Datei. Teilen Sie sie in kleinere Dateien auf. Ihre Bibliothek wurde nicht verändert.',
    );
    expect(parseImportFile('many.csv', csv, { limits: { maxEntries: 12 } }).entries).toHaveLength(12);
  });

  it('writes big numbers the language’s way', () => {
    const error = new ImportError('too-many-entries', { params: { count: 250_000, max: 200_000 } });
    expect(errorText(error, de)).toContain('250.000 Einträge');
    expect(errorText(error, en)).toContain('250,000 entries');
  });
});
