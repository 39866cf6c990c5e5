import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatMegabytes, formatNumber } from '@/lib/i18n/format';
import { translate } from '@/lib/i18n/messages';
import { formatDate } from '@/lib/template/dates';

describe('numbers the agent reads', () => {
  it('uses the decimal comma and the thousands point in German', () => {
    expect(formatNumber('de', 1234)).toBe('1.234');
    expect(formatNumber('de', 2.5)).toBe('2,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(translate('de', 'snippetCount', { count: 1234 })).toBe('1.234 Textbausteine');
    expect(translate('en', 'snippetCount', { count: 1234 })).toBe('1,234 snippets');
  });

  it('writes sizes with one decimal', () => {
    expect(formatMegabytes('de', 1.3 * 1_048_576)).toBe('1,3');
    expect(formatMegabytes('de', 77_433.4 * 1_048_576)).toBe('77.433,4');
    expect(translate('de', 'storageUsage', { used: formatMegabytes('de', 1.3 * 1_048_576), quota: '77.433,4' })).toBe(
      '1,3 MB von 77.433,4 MB belegt.',
    );
  });

  it('writes durations the language’s way', () => {
    expect(formatDuration('de', 2.5)).toBe('2,5 s');
    expect(formatDuration('en', 2.5)).toBe('2.5 s');
    expect(formatDuration('en', 12.4)).toBe('12 s');
    expect(formatDuration('de', 240)).toBe('4 min');
    expect(formatDuration('en', 3900)).toBe('1 h 05 min');
    expect(formatDuration('de', 3_600_000)).toBe('1.000 h 00 min');
  });

  it('writes dates through Intl', () => {
    const moment = new Date(2026, 10, 24, 16, 30).getTime();
    expect(formatDateTime('de', moment)).toMatch(/^24\.11\.2026, 16:30$/);
    expect(formatDate(new Date(moment), 'de', 'long')).toBe('Dienstag, 24. November 2026');
    expect(formatDate(new Date(moment), 'en', 'long')).toBe('Tuesday, 24 November 2026');
    expect(formatDate(new Date(moment), 'de', 'short')).toBe('24.11.2026');
    expect(formatDate(new Date(moment), 'en', 'short')).toBe('24/11/2026');
  });
});
