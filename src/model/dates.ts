/** Partial ISO dates (`2019`, `2019-09`, `2018-02-19`) with their precision and the days they span. */

export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface FuzzyDate {
  iso: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

/** The partial date's form; the seed format, the API and the workbench page all check it with these. */
export const PARTIAL_DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const PARTIAL_DATE_MESSAGES = {
  form: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  calendar: 'is not a calendar date',
} as const;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a date of the partial form is on the calendar (any February may have a 29th: the year is not checked). */
export function onCalendar(s: string): boolean {
  const [, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= DAYS_IN_MONTH[m - 1]!);
}

/** What is wrong with a partial date, or null when it is one. */
export function partialDateProblem(s: string): string | null {
  if (!PARTIAL_DATE_FORM.test(s)) return PARTIAL_DATE_MESSAGES.form;
  return onCalendar(s) ? null : PARTIAL_DATE_MESSAGES.calendar;
}

export function fuzzyDate(iso: string): FuzzyDate {
  const [y, m, d] = iso.split('-');
  if (d !== undefined) return { iso, precision: 'DAY', earliest: iso, latest: iso };
  if (m !== undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return {
      iso,
      precision: 'MONTH',
      earliest: `${iso}-01`,
      latest: `${iso}-${String(last).padStart(2, '0')}`,
    };
  }
  return { iso, precision: 'YEAR', earliest: `${iso}-01-01`, latest: `${iso}-12-31` };
}

/**
 * Whether a period ends before it starts: the latest day `until` may mean is before the earliest `since` may mean
 * (`since: 2019-05, until: 2019` is a period; `since: 2019, until: 2018-12` is not). The seed format, the API and
 * the workbench page refuse such a period with this.
 */
export function endsBeforeStart(since: string, until: string): boolean {
  return fuzzyDate(until).latest < fuzzyDate(since).earliest;
}
