import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/formats/detect';
import { parseEspanso } from '@/lib/formats/espanso';
import { ImportError } from '@/lib/formats/types';
import { fixture, valid } from './helpers';
import { en, thrown } from '../i18n/say';

describe('Espanso import', () => {
  const parsed = parseImportFile('base.yml', fixture('espanso-match.yml'));

  it('keeps the trigger as the shortcut and turns $|$ into {{cursor}}', () => {
    expect(parsed.entries[0]?.candidate).toMatchObject({
      title: ':gruss',
      shortcut: ':gruss',
      body: 'Viele Grüße\n{{cursor}}',
      format: 'text',
    });
  });

  it('keeps every one of several triggers: the first as the shortcut, the others as further shortcuts', () => {
    expect(parsed.entries[1]?.candidate).toMatchObject({ title: 'Begrüßung', shortcut: ':hi', aliases: [':hallo'] });
    expect(parsed.entries[1]?.remarks.map(en)).toEqual([
      '2 triggers (:hi, :hallo): the first is the shortcut, the others expand the same snippet too.',
    ]);
  });

  it('turns form fields into fill-in fields, both {{form1.x}} and form: [[x]]', () => {
    expect(parsed.entries[1]?.candidate?.body).toBe('Hallo {{input:name}},\n\n{{cursor}}');
    expect(parsed.entries[2]?.candidate?.body).toBe('Your order {{input:order}} is on its way.');
  });

  it('turns a date variable into our date placeholder, noting the format change', () => {
    expect(parsed.entries[3]?.candidate?.body).toBe('Stand: {{date short}}');
    expect(en(parsed.entries[3]!.remarks[0]!)).toMatch(/%d\.%m\.%Y.*short date format/);
  });

  it('imports html matches as HTML', () => {
    expect(parsed.entries[4]?.candidate).toMatchObject({
      format: 'html',
      body: '<p>Best regards<br>{{agent.name}}</p>',
    });
  });

  it('reports variables Tonlage cannot fill in as invalid, naming them', () => {
    expect(parsed.entries[5]).toMatchObject({ index: 5, title: ':ip' });
    expect(parsed.entries[5]?.candidate).toBeUndefined();
    expect(en(parsed.entries[5]!.problems[0]!)).toBe(
      'Uses the Espanso variable {{output}} of type "shell", which Tonlage cannot fill in.',
    );
  });

  it('converts echo, choice and offset dates; refuses regex and image matches', () => {
    const yaml = `
global_vars:
  - name: sig
    type: echo
    params: { echo: "Sam from Support" }
matches:
  - trigger: ":a"
    replace: "{{sig}} / {{pick}} / {{later}}"
    vars:
      - { name: pick, type: choice, params: { values: [a, b] } }
      - { name: later, type: date, params: { format: "%A, %d. %B", offset: 172800 } }
  - regex: ":b(?P<x>.*)"
    replace: "{{x}}"
  - trigger: ":img"
    image_path: "/tmp/a.png"
`;
    const p = parseEspanso(yaml);
    expect(p.entries[0]?.candidate?.body).toBe('Sam from Support / {{input:pick}} / {{date +2d}}');
    expect(p.entries[0]?.remarks.map(en)).toContain('The choice variable {{pick}} became a free-text fill-in field.');
    expect(en(p.entries[1]!.problems[0]!)).toMatch(/Regex triggers/);
    expect(p.entries[2]?.problems.map(en)).toEqual(['Image matches cannot be imported.']);
  });

  it('reports YAML syntax errors with their line', () => {
    let error: ImportError | undefined;
    try {
      parseImportFile('bad.yml', 'matches:\n  - trigger: ":a"\n    replace: "unclosed\n  - trigger: ":b"\n');
    } catch (e) {
      error = e as ImportError;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error?.reason).toBe('yaml-syntax');
    expect(error?.line).toBeGreaterThan(0);
    expect(error?.line).toBeGreaterThan(0);
    expect(error?.message).toMatch(/^importErrYaml: ./);
  });

  it('refuses YAML without matches and an empty match list', () => {
    expect(thrown(() => parseImportFile('x.yml', 'foo: bar\n'))).toBe(
      'This YAML file is not an Espanso match file: it has no “matches” list.',
    );
    expect(thrown(() => parseImportFile('x.yml', 'matches: []\n'))).toBe('The file contains no snippets.');
  });

  it('notes imports it does not follow; markdown becomes text', () => {
    const p = parseEspanso('imports:\n  - other.yml\nmatches:\n  - trigger: ":md"\n    markdown: "**bold**"\n');
    expect(p.warnings.map(en)).toEqual(['Espanso "imports" are not followed; import those files one by one.']);
    expect(valid(p.entries)[0]).toMatchObject({ body: '**bold**', format: 'text' });
    expect(p.entries[0]?.remarks.map(en)).toEqual(['Markdown was imported as plain text.']);
  });

  it('reports a one-character trigger as an invalid shortcut', () => {
    const p = parseEspanso('matches:\n  - trigger: ";"\n    replace: "x"\n');
    expect(p.entries[0]?.problems.map(en)).toEqual(['A shortcut needs at least 2 characters.']);
  });
});
