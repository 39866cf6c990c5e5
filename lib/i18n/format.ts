// Numbers, sizes, durations and dates the agent reads, written the interface language's way
// ("1.234 Textbausteine", "2,5 s", "1,3 MB" in German). Every number shown goes through here
// (translate() uses it for numeric placeholders), so no view formats by hand.

export type FormatLanguage = 'de' | 'en';

const LOCALES: Record<FormatLanguage, string> = { de: 'de-DE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: FormatLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A number with the language's decimal and thousands separators (at most 3 decimals by default). */
export function formatNumber(lang: FormatLanguage, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, options).format(value);
}

/** Bytes as mebibytes with one decimal, without the unit: "77.433,4" in German. */
export function formatMegabytes(lang: FormatLanguage, bytes: number): string {
  return formatNumber(lang, bytes / 1_048_576, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "2,5 s" (one decimal under 10 s), "12 s", "4 min", "1 h 05 min". */
export function formatDuration(lang: FormatLanguage, seconds: number): string {
  if (seconds < 9.95) return `${formatNumber(lang, seconds, { maximumFractionDigits: 1 })} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${formatNumber(lang, s)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${formatNumber(lang, m)} min`;
  return `${formatNumber(lang, Math.floor(m / 60))} h ${String(m % 60).padStart(2, '0')} min`;
}

/** A moment as date and time in the language's style ("01.12.2026, 16:30"). */
export function formatDateTime(lang: FormatLanguage, epochMs: number): string {
  return new Date(epochMs).toLocaleString(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
}
