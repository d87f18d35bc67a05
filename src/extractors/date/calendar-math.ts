// Day arithmetic on the proleptic Gregorian calendar, in UTC so that no
// local time zone moves a date. Months are 1..12, weekdays 0 = Monday.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseDay(iso: string | null | undefined): Day | null {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const toUtc = (p: Day) => Date.UTC(p.y, p.m - 1, p.d);
const fromUtc = (ms: number): Day => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

export function addDays(p: Day, n: number): Day {
  return fromUtc(toUtc(p) + n * 86_400_000);
}

/** whole days from a to b */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** 0 = Monday … 6 = Sunday */
export function weekdayOf(p: Day): number {
  return (new Date(toUtc(p)).getUTCDay() + 6) % 7;
}

/** ISO 8601 week: the week belongs to the year of its Thursday */
export function isoWeek(p: Day): { y: number; w: number } {
  const thursday = addDays(p, 3 - weekdayOf(p));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** the nth weekday of a month (n = -1: the last one) */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

export const compareDays = (a: Day, b: Day) => a.y - b.y || a.m - b.m || a.d - b.d;

const pad2 = (n: number) => String(n).padStart(2, '0');
export const fmtYear = (y: number) => String(y).padStart(4, '0');
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad2(m)}`;
export const fmtDay = (p: Day) => `${fmtYear(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;
export const fmtWeek = (y: number, w: number) => `${fmtYear(y)}-W${pad2(w)}`;
export const fmtQuarter = (y: number, q: number) => `${fmtYear(y)}-Q${q}`;
export const pad = pad2;
