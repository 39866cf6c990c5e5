// {{date}} with an offset (+3d, -1d, +2w, +1m, +1y, +3bd = business days, skipping
// Saturdays and Sundays) in the long or short form of the conversation's locale.
// Dates are computed in the agent's local time zone.

export type DateUnit = 'd' | 'bd' | 'w' | 'm' | 'y';
export type DateStyle = 'long' | 'short';

export interface DateSpec {
  amount: number;
  unit: DateUnit;
  style: DateStyle;
}

const DATE = /^date(?:\s*([+-])\s*(\d{1,4})\s*(bd|d|w|m|y))?(?:\s+(long|short))?$/i;

/** Parses the inside of a `{{date …}}` placeholder; undefined if it is not a valid one. */
export function parseDate(inner: string): DateSpec | undefined {
  const m = DATE.exec(inner);
  if (!m) return undefined;
  const amount = m[2] ? Number(m[2]) * (m[1] === '-' ? -1 : 1) : 0;
  const unit = (m[3]?.toLowerCase() ?? 'd') as DateUnit;
  const style = (m[4]?.toLowerCase() ?? 'long') as DateStyle;
  return { amount, unit, style };
}

export function shiftDate(now: number, amount: number, unit: DateUnit): Date {
  const date = new Date(now);
  switch (unit) {
    case 'd':
      date.setDate(date.getDate() + amount);
      break;
    case 'w':
      date.setDate(date.getDate() + 7 * amount);
      break;
    case 'bd': {
      const step = amount < 0 ? -1 : 1;
      for (let left = Math.abs(amount); left > 0;) {
        date.setDate(date.getDate() + step);
        const day = date.getDay();
        if (day !== 0 && day !== 6) left--;
      }
      break;
    }
    case 'm':
    case 'y': {
      const day = date.getDate();
      date.setDate(1);
      if (unit === 'm') date.setMonth(date.getMonth() + amount);
      else date.setFullYear(date.getFullYear() + amount);
      const last = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
      date.setDate(Math.min(day, last)); // 31 January + 1m → 28/29 February
      break;
    }
  }
  return date;
}

const LONG = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const SHORT = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const LOCALES = { de: 'de-DE', en: 'en-GB' } as const;

/**
 * de: "Dienstag, 24. November 2026" / "24.11.2026"; en: "Tuesday, 24 November 2026" / "24/11/2026".
 * Names and digits come from Intl; the long form is assembled from its parts because
 * engines disagree on en-GB's comma after the weekday.
 */
export function formatDate(date: Date, locale: 'de' | 'en', style: DateStyle): string {
  if (style === 'short') return date.toLocaleDateString(LOCALES[locale], SHORT);
  const parts = new Intl.DateTimeFormat(LOCALES[locale], LONG).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const [day, d, month, y] = [part('weekday'), part('day'), part('month'), part('year')];
  return locale === 'de' ? `${day}, ${d}. ${month} ${y}` : `${day}, ${d} ${month} ${y}`;
}

export function renderDate(spec: DateSpec, now: number, locale: 'de' | 'en'): string {
  if (!Number.isFinite(now)) return '';
  const date = shiftDate(now, spec.amount, spec.unit);
  return Number.isNaN(date.getTime()) ? '' : formatDate(date, locale, spec.style);
}
