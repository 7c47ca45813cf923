import search from 'approx-string-match';

/**
 * Evidence anchors as the W3C Web Annotation model has them: a TextQuoteSelector (the exact quote with a short
 * prefix and suffix of context) and a TextPositionSelector (start and end offsets, here in the section's normalised
 * text). When a source gets a new edition, each passage is placed again as Hypothesis does: where it stood, else
 * the exact quote (the occurrence whose context agrees best), else an approximate match of the quote; what cannot
 * be placed is an orphan, kept for review.
 */

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32;
/** An approximate match may differ from the quote in at most this share of its characters. */
export const MAX_ERROR_SHARE = 0.2;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export const quoteAt = (text: string, start: number, end: number): QuoteSelector => ({
  exact: text.slice(start, end),
  prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
  suffix: text.slice(end, end + CONTEXT_CHARS),
});

export interface AnchorIn extends QuoteSelector {
  section: string;
  /** Where it stood before (null: never placed, e.g. seeded without the text). */
  start: number | null;
}

export type AnchorState = 'EXACT' | 'MOVED' | 'APPROXIMATE' | 'ORPHANED';

export type Placement =
  | ({
      state: 'EXACT' | 'MOVED' | 'APPROXIMATE';
      section: string;
      start: number;
      end: number;
    } & QuoteSelector)
  | { state: 'ORPHANED' };

/** How many characters of `a`'s end agree with `b`'s end (suffix: of the starts). */
function common(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  while (n < a.length && n < b.length) {
    const x = fromEnd ? a[a.length - 1 - n] : a[n];
    const y = fromEnd ? b[b.length - 1 - n] : b[n];
    if (x !== y) break;
    n++;
  }
  return n;
}

function occurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) out.push(at);
  return out;
}

/** Places one passage in the new edition's sections (name → normalised text, in order). */
export function reanchor(a: AnchorIn, sections: ReadonlyMap<string, string>): Placement {
  const own = sections.get(a.section);
  const order: Array<[string, string]> = [
    ...(own !== undefined ? [[a.section, own] as [string, string]] : []),
    ...[...sections].filter(([name]) => name !== a.section),
  ];
  const score = (text: string, start: number, end: number) =>
    common(text.slice(0, start), a.prefix, true) + common(text.slice(end), a.suffix, false);
  const place = (
    state: 'EXACT' | 'MOVED' | 'APPROXIMATE',
    section: string,
    text: string,
    start: number,
    end: number,
  ): Placement => ({
    state,
    section,
    start,
    end,
    ...quoteAt(text, start, end),
  });

  if (own !== undefined && a.start !== null && own.slice(a.start, a.start + a.exact.length) === a.exact)
    return place('EXACT', a.section, own, a.start, a.start + a.exact.length);
  for (const [name, text] of order) {
    const hits = occurrences(text, a.exact);
    if (hits.length === 0) continue;
    const near = (s: number) => (a.start === null || name !== a.section ? 0 : Math.abs(s - a.start));
    const best = hits.reduce((b, s) => {
      const d = score(text, s, s + a.exact.length) - score(text, b, b + a.exact.length);
      return d > 0 || (d === 0 && near(s) < near(b)) ? s : b;
    });
    return place('MOVED', name, text, best, best + a.exact.length);
  }
  const maxErrors = Math.floor(a.exact.length * MAX_ERROR_SHARE);
  if (maxErrors > 0) {
    let found: {
      name: string;
      text: string;
      start: number;
      end: number;
      errors: number;
      ctx: number;
    } | null = null;
    for (const [name, text] of order)
      for (const m of search(text, a.exact, maxErrors)) {
        const ctx = score(text, m.start, m.end);
        if (!found || m.errors < found.errors || (m.errors === found.errors && ctx > found.ctx))
          found = { name, text, start: m.start, end: m.end, errors: m.errors, ctx };
      }
    if (found) return place('APPROXIMATE', found.name, found.text, found.start, found.end);
  }
  return { state: 'ORPHANED' };
}
