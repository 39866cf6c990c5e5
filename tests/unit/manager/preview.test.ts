import { describe, expect, it } from 'vitest';
import { previewOf } from '@/lib/queries/preview';

// Issue #19: the editor's preview writes dates in the snippet's language and never claims a
// value "was not found on this page" (there is no page on the options page).

// Tuesday 1 December 2026, 10:00.
const NOW = new Date(2026, 11, 1, 10).getTime();
const base = {
  format: 'text' as const,
  agentName: '',
  agentSample: '[Ihr Name]',
  fieldSlot: (label: string) => `[${label}]`,
  now: NOW,
};

describe('snippet preview', () => {
  it('writes a German text’s date in German even with an English interface', () => {
    const p = previewOf({
      ...base,
      body: 'Hallo {{customer.first_name}}, das Paket kommt bis {{date +3bd}}. Viele Grüße {{agent.name}}',
      language: 'any',
      uiLanguage: 'en',
    });
    expect(p.locale).toBe('de');
    expect(p.text).toBe('Hallo Jonas, das Paket kommt bis Freitag, 4. Dezember 2026. Viele Grüße [Ihr Name]');
  });

  it('follows the language the snippet is marked with', () => {
    const p = previewOf({ ...base, body: 'Due {{date +1bd}}.', language: 'en', uiLanguage: 'de' });
    expect(p.text).toBe('Due Wednesday, 2 December 2026.');
  });

  it('shows fill-in fields as marked slots, and no "not found" hint', () => {
    const p = previewOf({
      ...base,
      body: 'Erstattet: {{input:Betrag}} am {{ticket.id}}',
      language: 'de',
      uiLanguage: 'de',
    });
    expect(p.text).toBe('Erstattet: [Betrag] am 4711');
    expect(p.errors).toEqual([]);
  });
});
