/** Partial ISO dates (`2019`, `2019-09`, `2018-02-19`) with their precision and the days they span. */

export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface FuzzyDate {
  iso: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
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
