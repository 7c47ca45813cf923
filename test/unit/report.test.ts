import { describe, expect, it } from '@jest/globals';
import { loadReportSections, splitSections } from '../../src/ingest/report.js';
import { normalise, SECTION_NAMES } from '../../src/model/sources.js';

describe('report text', () => {
  it('normalises white space, line-end hyphenation and bullet glyphs', () => {
    expect(normalise('involv-\ning  trafficking\n\t\uFFFD Facilitating')).toBe(
      'involving trafficking Facilitating',
    );
  });

  it('splits the report into its eleven sections, each non-empty and in order', () => {
    const sections = loadReportSections();
    expect([...sections.keys()]).toEqual(SECTION_NAMES);
    for (const text of sections.values()) expect(text.length).toBeGreaterThan(20);
    expect(sections.get('MEMBERS')).toContain('International Labour Organization (ILO)');
    expect(sections.get('MEMBERS')).not.toContain('Council of Europe');
    expect(sections.get('SUPPLY CHAINS')).toContain('2331(2016) and 2388(2017)');
  });

  it('names the missing heading when the text is not the report', () => {
    expect(() => splitSections('FOREWORD only')).toThrow(/section "MEMBERS"/);
  });
});
