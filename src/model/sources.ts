/**
 * The report's sections (the ICAT seed's evidence cites these names; its title and the like are in seed/source.yaml),
 * how text is compared, and where a passage stands on the /source page.
 */

/** The report's sections, in order. Evidence cites these names. */
export const SECTION_NAMES = [
  'FOREWORD',
  'MEMBERS',
  'PARTNERS',
  'WHO WE ARE',
  'A MESSAGE FROM THE CO-CHAIRS',
  'TECHNOLOGY',
  'SUPPLY CHAINS',
  'CONTRIBUTIONS TO INTERGOVERNMENTAL PROCESSES',
  'POLICY BRIEFS',
  'THE YEAR AHEAD',
  'BACK COVER',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/**
 * The comparison form of report text and excerpts: bullet glyphs and tabs dropped, a hyphen at a line end joins
 * the word halves, every white-space run is one space.
 */
export function normalise(text: string): string {
  return text
    .replace(/\uFFFD/g, ' ')
    .replace(/-[ \t]*\r?\n[ \t]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A passage in context: the /source page of its source, scrolled to it (a path on the API's origin). */
export function passageUrl(source: string, passage: string): string {
  return `/source?id=${encodeURIComponent(source)}#${encodeURIComponent(passage)}`;
}
