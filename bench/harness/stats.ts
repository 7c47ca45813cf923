/**
 * The median every benchmark table uses: the middle value, or the mean of the two middle values of an
 * even-length list (two repetitions give their mean, not the larger one). Non-finite values (a missing run) are
 * left out; an empty list is NaN, which the tables print as "–".
 */
export function median(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
