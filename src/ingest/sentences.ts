import { normalise } from '../model/sources.js';

/**
 * A section's sentences, as ranges of its normalised text. A sentence ends at `.`, `!` or `?` (with a closing
 * quote or a footnote digit) before a capital, a quote or a bracket — but not after a title such as `Dr.` —
 * and wherever the raw text starts a bullet (`�`) or a new paragraph (a blank line), or a line starts or ends with
 * a link:
 * bullet items, captions and link lists have no full stop of their own.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const TITLES = /\b(?:Dr|Ms|Mr|Mrs|No|St)\.$/;
const END = /[.!?][”’")]?\d?\s(?=[A-Z“"(])/g;

/** Where each raw break (bullet, blank line) falls in the normalised text. */
function rawBreaks(raw: string): number[] {
  const out: number[] = [];
  // A bullet, a blank line, a line that starts with a link, or the end of a line that ends with one.
  for (const m of raw.matchAll(/\uFFFD|\n[ \t]*\n|\n(?=[ \t]*https?:\/\/)|(?<=https?:\/\/\S+)[ \t]*\n/g)) {
    const at = normalise(raw.slice(0, m.index)).length;
    if (at > 0) out.push(at);
  }
  return out;
}

export function splitSentences(raw: string): Sentence[] {
  const text = normalise(raw);
  const cuts = new Set<number>([0, text.length, ...rawBreaks(raw)]);
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length - 1; // the space after the sentence
    if (!TITLES.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) cuts.add(stop);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let start = sorted[i]!;
    let end = sorted[i + 1]!;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end - start >= 2) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
