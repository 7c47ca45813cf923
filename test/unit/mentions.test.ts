import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findCandidates,
  findMentions,
  mentionMatcher,
  sentenceAround,
  type KnownName,
} from '../../src/graph/mentions.js';
import { loadSeedDir } from '../../src/ingest/index.js';
import { splitSourceText } from '../../src/ingest/source-text.js';
import { SEED_DIR } from '../../src/paths.js';
import { knownNames, measureMentions } from '../support/mention-measure.js';

/** suggestMentions' matcher (src/graph/mentions.ts): the rules one at a time, then measured on the 2019 report. */

const names: KnownName[] = [
  { entity: 'org:un', name: 'United Nations', kind: 'NAME' },
  { entity: 'org:unga', name: 'United Nations General Assembly', kind: 'NAME' },
  { entity: 'org:unga', name: 'General Assembly', kind: 'OTHER_NAME' },
  { entity: 'org:icat', name: 'ICAT', kind: 'ACRONYM' },
  { entity: 'place:sao-paulo', name: 'São Paulo', kind: 'NAME' },
  { entity: 'org:osce', name: 'OSCE', kind: 'ACRONYM' },
  { entity: 'org:hlcm', name: 'Committee on Management', kind: 'OTHER_NAME' },
];
const run = (text: string) =>
  findMentions(mentionMatcher(names), [['S', text]]).map((m) => [m.text, m.entity, m.start]);

describe('mention matching', () => {
  it('the longest match wins where matches overlap', () => {
    expect(run('The United Nations General Assembly met; the United Nations did not.')).toEqual([
      ['United Nations General Assembly', 'org:unga', 4],
      ['United Nations', 'org:un', 45],
    ]);
  });

  it('acronyms as written, names in any case (Unicode case folding)', () => {
    expect(run('ICAT, Icat and icat; the GENERAL ASSEMBLY; SÃO PAULO and são paulo')).toEqual([
      ['ICAT', 'org:icat', 0],
      ['GENERAL ASSEMBLY', 'org:unga', 25],
      ['SÃO PAULO', 'place:sao-paulo', 43],
      ['são paulo', 'place:sao-paulo', 57],
    ]);
  });

  it('at word edges only, in any script; a footnote number on a name is not part of the word', () => {
    expect(
      run('ICATs, OSCEé, xOSCE, OSCE-led, (OSCE), the Committee on Management1 and Committee on Managements'),
    ).toEqual([
      ['OSCE', 'org:osce', 21],
      ['OSCE', 'org:osce', 32],
      ['Committee on Management', 'org:hlcm', 43],
    ]);
  });

  it('a name several entities share gives one suggestion per entity', () => {
    const shared = mentionMatcher([
      { entity: 'topic:a', name: 'Non-punishment', kind: 'NAME' },
      { entity: 'brief:b', name: 'non-punishment', kind: 'NAME' },
    ]);
    expect(findMentions(shared, [['S', 'On non-punishment.']]).map((m) => m.entity)).toEqual([
      'topic:a',
      'brief:b',
    ]);
  });

  it('gives the sentence around a mention as a ready excerpt', () => {
    const text = 'First sentence. The ICAT met in Vienna. Last one.';
    expect(sentenceAround(text, 20, 24)).toEqual({ excerpt: 'The ICAT met in Vienna.', offset: 16 });
  });
});

describe('candidates for new entities', () => {
  it('a long name with its acronym, and runs of capitalised words, that match nothing known', () => {
    const md = readFileSync(
      join(process.cwd(), 'test/fixtures/fictional-source/fictional-report-2100.md'),
      'utf8',
    );
    const split = splitSourceText(md);
    if (!('ok' in split)) throw new Error('the fixture does not split');
    const sections = split.ok.sectionNames.map((n, i) => [n, split.ok.sectionTexts[i]!] as [string, string]);
    const known = findMentions(
      mentionMatcher([
        ...names,
        { entity: 'org:isotd', name: 'Imaginary Society of Test Data', kind: 'NAME' },
        { entity: 'place:nowhere-city', name: 'Nowhere City', kind: 'NAME' },
        {
          entity: 'org:icat',
          name: 'Inter-Agency Coordination Group against Trafficking in Persons',
          kind: 'NAME',
        },
        { entity: 'org:unodc', name: 'United Nations Office on Drugs and Crime', kind: 'NAME' },
        { entity: 'org:unodc', name: 'UNODC', kind: 'ACRONYM' },
      ]),
      sections,
    );
    expect(known.map((m) => m.text)).not.toContain('icat');
    const found = findCandidates(sections, known).map((c) => [c.reason, c.text, c.acronym]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['NAME_WITH_ACRONYM', 'Hypothetical Alliance for Sample Records (HASR)', 'HASR'],
        ['CAPITALISED_RUN', 'Second Pretend Meeting on Fixtures', null],
        ['CAPITALISED_RUN', 'Quite Invented Foundation', null],
      ]),
    );
    // Nothing known comes back as a candidate, nor a sentence's first word.
    expect(found.map((c) => c[1])).not.toContain('Imaginary Society of Test Data');
    expect(found.some((c) => /^(The|An) /.test(String(c[1])))).toBe(false);
  });
});

describe('measured on the 2019 report against the seed’s cited mentions', () => {
  const graph = loadSeedDir(SEED_DIR);
  const m = measureMentions(graph);

  it('finds the known-entity spans with precision and recall of at least 0.95 (docs/how-to/CURATION.md)', () => {
    expect(knownNames(graph).length).toBeGreaterThan(150);
    expect(m.gold.length).toBeGreaterThan(100);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    // The figures the docs give: a change in the matcher or the seed shows here first.
    expect({ gold: m.gold.length, evaluated: m.evaluated, truePositives: m.truePositives }).toEqual({
      gold: 153,
      evaluated: 154,
      truePositives: 153,
    });
    expect(m.wrong.map((w) => `${w.entity} ${w.text}`)).toEqual([
      'topic:non-punishment Non-punishment of victims of trafficking',
    ]);
  });
});
