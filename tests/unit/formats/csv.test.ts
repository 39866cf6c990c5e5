import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/formats/csv';
import { parseImportFile } from '@/lib/formats/detect';
import { fixture, valid } from './helpers';
import { de, en, thrown } from '../i18n/say';

describe('CSV import', () => {
  it('reads title, shortcut, tags, body and language; HTML bodies become format html', () => {
    const parsed = parseImportFile('snippets.csv', fixture('snippets.csv'));
    expect(valid(parsed.entries)).toEqual([
      {
        title: 'Refund issued',
        shortcut: 'refund',
        tags: ['billing', 'refunds'],
        body: 'Hi {{customer.first_name}},\n\nyour refund is on its way.',
        language: 'en',
        format: 'text',
        moods: [],
      },
      expect.objectContaining({ title: 'Apology', format: 'html', tags: ['apology'] }),
      expect.objectContaining({ shortcut: 'pw', tags: ['account', 'login'], language: 'any' }),
    ]);
  });

  it('reads German Excel: BOM, semicolons, CRLF, German headers, multi-line cells', () => {
    const parsed = parseImportFile('excel.csv', fixture('excel-semicolon-bom.csv'));
    expect(parsed.entries.every((e) => e.problems.length === 0)).toBe(true);
    expect(valid(parsed.entries).map((c) => [c.title, c.shortcut, c.tags, c.language])).toEqual([
      ['Rückerstattung', 'rueck', ['Rechnung', 'Erstattung'], 'de'],
      ['Gruß', 'gruss', [], 'de'],
      ['Lieferverzögerung', 'lv', ['Versand'], 'de'],
    ]);
    expect(valid(parsed.entries)[0]?.body).toBe('Hallo {{customer.first_name}},\n\nwir haben Ihnen 12,50 € erstattet.');
    expect(parsed.warnings.map(en)).toContain('Read as semicolon-separated values.');
  });

  it('accepts the alternative header names in any case', () => {
    const parsed = parseCsv('NAME,Abbreviation,TEXT\nA,aa,x\n');
    expect(valid(parsed.entries)).toEqual([expect.objectContaining({ title: 'A', shortcut: 'aa', body: 'x' })]);
    expect(valid(parseCsv('name;trigger;content\nB;bb;y\n').entries)[0]).toMatchObject({ shortcut: 'bb', body: 'y' });
  });

  it('refuses a file without a body column, naming the accepted headers', () => {
    expect(thrown(() => parseCsv('title,shortcut\nA,aa\n'))).toMatch(/no column with the text.*“body”, “text”/);
    // TextExpander-style exports without a header row have no named body column either.
    expect(thrown(() => parseCsv('gruss,Viele Grüße,Gruß\n'))).toMatch(/no column with the text/);
  });

  it('refuses a header without rows and an unclosed quote', () => {
    expect(thrown(() => parseCsv('title,body\n'))).toBe('The file contains no snippets.');
    expect(() => parseCsv('title,body\nA,"never closed\n')).toThrow(
      expect.objectContaining({ reason: 'csv-syntax', line: 2 }),
    );
  });

  it('names ignored columns and takes a title from the shortcut or body when there is none', () => {
    const parsed = parseCsv('shortcut,body,color\nhi,Hello there\n,"<p>First line</p>\nmore"\n');
    expect(parsed.warnings.map(en)).toContain('Ignored columns: color.');
    expect(valid(parsed.entries).map((c) => c.title)).toEqual(['hi', 'First line']);
    expect(parsed.entries[0]?.remarks.map(en)).toEqual(['No title; "hi" was used.']);
  });

  it('marks bad rows invalid with their reason and keeps the others', () => {
    const parsed = parseCsv(
      'title,shortcut,body,language\nOk,ok,fine,de\n,x y,body,en\nBad lang,bl,text,fr\nPh,ph,Hi {{custmer.name}},en\n',
    );
    expect(parsed.entries.map((e) => e.problems.length > 0)).toEqual([false, true, true, true]);
    expect(parsed.entries[1]?.problems.map(en).join(' ')).toMatch(/A shortcut cannot contain spaces/);
    expect(parsed.entries[2]?.problems.map(en)).toEqual(['Unknown language "fr" (use de, en or any).']);
    expect(en(parsed.entries[3]!.problems[0]!)).toMatch(/Unknown placeholder “\{\{custmer\.name\}\}”.*customer\.name/);
  });

  it('gives template problems in German when asked', () => {
    const parsed = parseCsv('title,body\nA,{{foo}}\n');
    expect(parsed.entries[0]?.problems.map(de)).toEqual(['Unbekannter Platzhalter „{{foo}}“.']);
  });

  it('splits tags on commas and semicolons and drops duplicates', () => {
    const parsed = parseCsv('title\tbody\ttags\nA\tx\t"a; b,A ,, c"\n');
    expect(valid(parsed.entries)[0]?.tags).toEqual(['a', 'b', 'c']);
  });

  it('keeps duplicate shortcuts as entries; the plan reports them as conflicts', () => {
    const parsed = parseCsv('title,shortcut,body\nA,dup,1\nB,dup,2\n');
    expect(valid(parsed.entries).map((c) => c.shortcut)).toEqual(['dup', 'dup']);
  });

  it('accepts a 5,000,000-character body and reports a longer one as invalid', () => {
    const limit = 'x'.repeat(5_000_000);
    const parsed = parseCsv(`title,body\nBig,${limit}\nBigger,${limit}y\n`);
    expect(parsed.entries[0]?.candidate?.body.length).toBe(5_000_000);
    expect(parsed.entries[1]?.problems.map(en)).toEqual(['A body has at most 5,000,000 characters.']);
    expect(parsed.entries[1]?.problems.map(de)).toEqual(['Ein Text hat höchstens 5.000.000 Zeichen.']);
    expect(parsed.entries[1]?.title).toBe('Bigger');
  });
});
