import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/lib/formats/detect';
import { parseZendesk, tidyCategories } from '@/lib/formats/zendesk';
import { fixture, valid } from './helpers';
import { de, en, thrown } from '../i18n/say';

const macro = (title: string, actions: unknown[], active = true) => ({ id: 1, title, active, actions });

describe('Zendesk macros import', () => {
  it('imports the fixture: pair form, HTML comments, categories, inactive macros', () => {
    const parsed = parseImportFile('macros.json', fixture('zendesk-macros.json'));
    const [damaged, refund, old] = valid(parsed.entries);
    expect(damaged).toMatchObject({ title: 'Returns::Damaged item', tags: [], format: 'text' });
    expect(damaged?.body).toMatch(/^Hi \{\{ticket\.requester\.first_name\}\},\n\nI'm sorry/);
    expect(refund).toMatchObject({ title: 'Billing::Refunds::Refund issued', tags: [], format: 'html' });
    expect(refund?.body).toBe(
      '<p>Hallo {{ticket.requester.first_name}},</p><p>wir haben Ihnen den Betrag erstattet.</p>',
    );
    expect(old).toMatchObject({ title: 'Old greeting', tags: ['inactive'] });
    expect(damaged?.shortcut).toBeUndefined();
  });

  it('reports macros without a comment and unknown placeholders as invalid, with the reason', () => {
    const parsed = parseImportFile('macros.json', fixture('zendesk-macros.json'));
    expect(parsed.entries[3]).toMatchObject({ index: 3, title: 'Close and tag' });
    expect(en(parsed.entries[3]!.problems[0]!)).toMatch(/adds no comment text/);
    expect(parsed.entries[4]?.problems.map(en)).toEqual(['Unknown placeholder “{{ticket.organization.name}}”.']);
  });

  it('keeps Zendesk placeholders verbatim', () => {
    const body = 'Hi {{ticket.requester.first_name}}, {{current_user.name}} here.';
    const parsed = parseZendesk({ macros: [macro('Hi', [{ field: 'comment_value', value: body }])] });
    expect(parsed.entries[0]?.candidate?.body).toBe(body);
  });

  it('accepts a single macro and a bare array', () => {
    const one = macro('A', [{ field: 'comment_value', value: 'a' }]);
    expect(parseZendesk({ macro: one }).entries).toHaveLength(1);
    expect(parseZendesk([one, one]).entries).toHaveLength(2);
  });

  it('refuses an empty macro list', () => {
    expect(thrown(() => parseImportFile('m.json', '{"macros": []}'))).toBe('The file contains no snippets.');
  });

  it('keeps :: categories in the title (the folders of the manager), tidily written', () => {
    expect(tidyCategories('Returns::Damaged item')).toBe('Returns::Damaged item');
    expect(tidyCategories(' Orders :: Late Delivery :: Apology ')).toBe('Orders::Late Delivery::Apology');
    expect(tidyCategories('No category')).toBe('No category');
    expect(tidyCategories('Returns::')).toBe('Returns');
  });

  it('notes a macro with several comments', () => {
    const parsed = parseZendesk({
      macros: [
        macro('Two', [
          { field: 'comment_value', value: 'one' },
          { field: 'comment_value', value: 'two' },
        ]),
      ],
    });
    expect(parsed.entries[0]?.candidate?.body).toBe('one');
    expect(parsed.entries[0]?.remarks.map(en)).toEqual([
      'The macro adds several comments; only the first one was imported.',
    ]);
  });

  it('reports a macro without a title', () => {
    const parsed = parseZendesk({ macros: [macro('', [{ field: 'comment_value', value: 'x' }])] });
    expect(parsed.entries[0]?.problems.map(en)).toEqual(['A title is required.']);
  });
});

describe('Zendesk macros keep their meaning', () => {
  it('imports an inactive macro as inactive, with one tag, and says which actions are not applied', () => {
    const parsed = parseZendesk({
      macros: [
        {
          title: 'Inactive::Old refund policy',
          active: false,
          actions: [
            { field: 'comment_value', value: 'Refunds take 30 days.' },
            { field: 'status', value: 'solved' },
            { field: 'set_tags', value: 'refund' },
          ],
        },
      ],
    });
    const entry = parsed.entries[0]!;
    expect(entry.candidate).toMatchObject({ title: 'Inactive::Old refund policy', inactive: true, tags: ['inactive'] });
    expect(entry.remarks.map(de).join('\n')).toMatch(/nicht übernommen.*status, set_tags/);
    expect(entry.remarks.map(de).join('\n')).toMatch(/als inaktiv importiert/);
  });
});
