import { describe, expect, it } from '@jest/globals';
import { locateExcerpt } from '../../src/ingest/load.js';
import { loadReportSections } from '../../src/ingest/report.js';

/**
 * The one excerpt check the seed loader and a change-set's evidence share (src/ingest/load.ts, used by
 * src/curation/plan.ts): its answers on the report's own text, and its messages word for word.
 */

const sections = loadReportSections();
const supply = sections.get('SUPPLY CHAINS')!;
const QUOTE = 'International and regional organizations have an integral role to play';

describe('locateExcerpt', () => {
  it('finds an excerpt at its first occurrence, compared after normalising white space', () => {
    const at = supply.indexOf(QUOTE);
    expect(at).toBeGreaterThan(0);
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', QUOTE)).toEqual({ start: at });
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', `  ${QUOTE.replace(/ /g, '\n   ')} `)).toEqual({
      start: at,
    });
  });

  it('joins a word a hyphen splits at a line end, as the section text is', () => {
    const word = /\b(\w{4,})(\w{4,})\b/.exec(supply.slice(supply.indexOf(QUOTE)))!;
    const split = `${word[1]}-\n${word[2]}`;
    const found = locateExcerpt(supply, 'SUPPLY CHAINS', split);
    expect(found).toEqual({ start: supply.indexOf(`${word[1]}${word[2]}`) });
  });

  it('refuses an excerpt the section lacks, naming the section and quoting the excerpt as given', () => {
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', 'ICAT met in  Paris')).toEqual({
      field: 'excerpt',
      problem: 'not found in section "SUPPLY CHAINS" of the source: "ICAT met in  Paris"',
    });
  });

  it('takes a pinned offset only where the excerpt stands, and says where it does', () => {
    const at = supply.indexOf(QUOTE);
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', QUOTE, at)).toEqual({ start: at });
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', QUOTE, at + 1)).toEqual({
      field: 'offset',
      problem: `the excerpt does not stand at ${at + 1} in section "SUPPLY CHAINS" (it does at ${at})`,
    });
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', 'ICAT met in Paris', 0)).toEqual({
      field: 'offset',
      problem: 'the excerpt does not stand at 0 in section "SUPPLY CHAINS" (nor anywhere in it)',
    });
  });

  it('finds a later occurrence by its offset (a pinned second mention)', () => {
    const word = 'trafficking';
    const first = supply.indexOf(word);
    const second = supply.indexOf(word, first + 1);
    expect(second).toBeGreaterThan(first);
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', word, second)).toEqual({ start: second });
    expect(locateExcerpt(supply, 'SUPPLY CHAINS', word)).toEqual({ start: first });
  });
});
