import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SECTION_NAMES, normalise, type SectionName } from '../model/sources.js';
import { ROOT } from '../paths.js';

/** The text that opens each section in the report's text file (the names, in order, are in model/sources.ts). */
const SECTION_MARKERS: Record<SectionName, string> = {
  FOREWORD: ' FOREWORD',
  MEMBERS: '\n MEMBERS\n',
  PARTNERS: '\nPARTNERS\n',
  'WHO WE ARE': '\nWHO WE ARE',
  'A MESSAGE FROM THE CO-CHAIRS': ' A MESSAGE FROM',
  TECHNOLOGY: ' A YEAR IN REVIEW:',
  'SUPPLY CHAINS': '\nSUPPLY CHAINS\n',
  'CONTRIBUTIONS TO INTERGOVERNMENTAL PROCESSES': ' CONTRIBUTIONS TO',
  'POLICY BRIEFS': '\nPOLICY BRIEFS\n',
  'THE YEAR AHEAD': ' THE YEAR AHEAD',
  'BACK COVER': ' Follow ICAT:',
};

/** Where the report's text is looked for: $ICAT_REPORT_PATH, else ../shared/source beside the repository. */
export function reportPath(): string {
  const fromEnv = process.env.ICAT_REPORT_PATH;
  if (fromEnv) return resolve(fromEnv);
  return resolve(ROOT, '../shared/source/icat-chairs-report-2019.txt');
}

/** The report's sections as markers (`npm run source:add -- --replaces` the report cuts a new edition by them). */
export const REPORT_SECTION_MARKERS = SECTION_NAMES.map((name) => ({ name, marker: SECTION_MARKERS[name] }));

export type ReportSections = ReadonlyMap<SectionName, string>;

/** Splits the raw report into its sections (normalised), in order. Throws if a heading is missing. */
export function splitSections(raw: string): ReportSections {
  return new Map([...splitRawSections(raw)].map(([name, text]) => [name, normalise(text)]));
}

/** The raw text of each section, in order (before normalising: bullets and blank lines still there). */
export function splitRawSections(raw: string): ReadonlyMap<SectionName, string> {
  const starts: Array<[SectionName, number]> = [];
  let from = 0;
  for (const name of SECTION_NAMES) {
    const marker = SECTION_MARKERS[name];
    const at = name === 'FOREWORD' ? 0 : raw.indexOf(marker, from);
    if (at < 0)
      throw new Error(
        `The report text lacks the heading of section "${name}" (looked for ${JSON.stringify(marker)})`,
      );
    starts.push([name, at]);
    from = at + 1;
  }
  const sections = new Map<SectionName, string>();
  starts.forEach(([name, at], i) => {
    const end = i + 1 < starts.length ? starts[i + 1]![1] : raw.length;
    sections.set(name, raw.slice(at, end));
  });
  return sections;
}

export function loadReportSections(path = reportPath()): ReportSections {
  return splitSections(readFileSync(path, 'utf8'));
}

export function loadRawSections(path = reportPath()): ReadonlyMap<SectionName, string> {
  return splitRawSections(readFileSync(path, 'utf8'));
}
