// Calendar words shared by the date extractor and the name chunker (a month
// or weekday is never part of a name).

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** month name or abbreviation (lower case, with or without period, "sept") → 1..12 */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTHS.map((m, i) => [m, i + 1] as [string, number]),
  ...MONTH_ABBREVIATIONS.map((m, i) => [m, i + 1] as [string, number]),
  ...MONTH_ABBREVIATIONS.map((m, i) => [`${m}.`, i + 1] as [string, number]),
  ['sept', 9],
  ['sept.', 9],
]);

/** Capitalized calendar words that never belong to a name (months are ambiguous only in lower case). */
export const CALENDAR_NAME_STOPS = new Set<string>([...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS.map((m) => `${m}.`), 'sept.', 'christmas', 'easter']);
