import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed, SeedValidationError, type SeedGraph } from '../../src/ingest/load.js';
import { loadReportSections } from '../../src/ingest/report.js';
import { SEED_DIR } from '../../src/paths.js';

const sections = loadReportSections();

function problemsOf(mutate: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'icat-seed-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  mutate(dir);
  try {
    loadSeed(dir, sections);
  } catch (err) {
    if (err instanceof SeedValidationError) return err.problems;
    throw err;
  }
  return [];
}

const append = (dir: string, file: string, yaml: string) =>
  writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n${yaml}\n`);

describe('the curated seed', () => {
  const graph: SeedGraph = loadSeed(SEED_DIR, sections);
  const rel = (type: string, to?: string) =>
    graph.relations.filter((r) => r.type === type && (to === undefined || r.to === to));

  it('validates, and every excerpt occurs in its section of the report', () => {
    // loadSeed throws on any excerpt not found in its section; reaching here means all were found.
    expect(graph.passages.length).toBeGreaterThan(100);
    for (const p of graph.passages) expect(sections.get(p.section as never)).toContain(p.excerpt);
  });

  it('gives every entity and every relation at least one passage', () => {
    for (const e of graph.entities) expect(e.passageIds.length).toBeGreaterThan(0);
    for (const r of graph.relations) expect((r.props.evidence as string[]).length).toBeGreaterThan(0);
  });

  it('has ICAT with 23 members, 2 partners, and exactly two co-chairs for 2019', () => {
    expect(rel('MEMBER_OF', 'org:icat')).toHaveLength(23);
    expect(rel('PARTNER_OF', 'org:icat')).toHaveLength(2);
    const chairs = rel('CO_CHAIRED', 'org:icat').filter((r) => r.props.year === 2019);
    expect(chairs.map((r) => r.from).sort()).toEqual(['org:osce', 'org:un-women']);
  });

  it('gives every INFERRED relation and every inferred property a note', () => {
    const inferred = graph.relations.filter((r) => r.props.assertion === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    for (const r of inferred) expect(String(r.props.note).length).toBeGreaterThan(20);
    for (const r of graph.relations) expect(['STATED', 'INFERRED']).toContain(r.props.assertion);
    for (const e of graph.entities)
      expect((e.props.inferredNotes as string[]).length).toBe((e.props.inferredFields as string[]).length);
  });

  it('knows where every passage stands in its section: the offset matches the excerpt', () => {
    for (const p of graph.passages) {
      expect(p.source).toBe('source:icat-chairs-report-2019');
      expect(sections.get(p.section as never)?.slice(p.start, p.end)).toBe(p.excerpt);
    }
  });

  it('keeps excerpts short quotations', () => {
    for (const p of graph.passages) expect(p.excerpt.length).toBeLessThanOrEqual(300);
  });
});

describe('a malformed seed fails before anything is written, naming file, entry and field', () => {
  it('an unknown field', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        '- id: place:atlantis\n  name: Atlantis\n  placeType: CITY\n  colour: blue\n  evidence: [{ section: FOREWORD, excerpt: "FOREWORD" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/places\.yaml: entry \d+ \(place:atlantis\): entry: unknown field\(s\) "colour"/,
    );
  });

  it('a missing id', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        '- name: Nowhere\n  placeType: CITY\n  evidence: [{ section: FOREWORD, excerpt: "FOREWORD" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(/seed\/places\.yaml: entry \d+: field "id": /);
  });

  it('a duplicate id', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        '- id: place:geneva\n  name: Geneva again\n  placeType: CITY\n  evidence: [{ section: FOREWORD, excerpt: "FOREWORD" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/places\.yaml: entry \d+ \(place:geneva\): field "id": duplicate id "place:geneva"/,
    );
  });

  it('a relation to an unknown entity', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'relations.yaml',
        '- type: MEMBER_OF\n  from: org:nobody\n  to: org:icat\n  evidence: [{ section: MEMBERS, excerpt: "MEMBERS" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/relations\.yaml: entry \d+ \(org:nobody -MEMBER_OF->\): field "from": unknown entity "org:nobody"/,
    );
  });

  it('a date in a wrong format', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'events.yaml',
        '- id: event:bad-date\n  name: Bad\n  kind: MEETING\n  date: 09/2019\n  evidence: [{ section: FOREWORD, excerpt: "FOREWORD" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/events\.yaml: entry \d+ \(event:bad-date\): field "date": must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it('a relation that ends before it starts (a partial until may end within a partial since)', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'relations.yaml',
        '- type: MEMBER_OF\n  from: org:ilo\n  to: org:icat\n  since: "2019"\n  until: 2018-12\n  evidence: [{ section: MEMBERS, excerpt: "MEMBERS" }]\n' +
          '- type: PARTNER_OF\n  from: org:ilo\n  to: org:icat\n  since: 2019-05\n  until: "2019"\n  evidence: [{ section: MEMBERS, excerpt: "MEMBERS" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/relations\.yaml: entry \d+ \(org:ilo -MEMBER_OF->\): field "until": until 2018-12 is before since 2019: swap them or correct one/,
    );
    expect(problems.join('\n')).not.toMatch(/PARTNER_OF.*until/);
  });

  it('an excerpt the report does not contain', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        '- id: place:paris\n  name: Paris\n  placeType: CITY\n  evidence: [{ section: FOREWORD, excerpt: "ICAT met in Paris" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(/place:paris.*not found in section "FOREWORD"/);
  });

  it('an INFERRED relation without a note', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'relations.yaml',
        '- type: PARTNER_OF\n  from: org:ilo\n  to: org:icat\n  assertion: INFERRED\n  evidence: [{ section: MEMBERS, excerpt: "International Labour Organization (ILO)" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/relations\.yaml: entry \d+ \(org:ilo -PARTNER_OF->\): field "note": an INFERRED fact needs a note/,
    );
  });

  it('an ADDRESSES relation that ends at anything but a topic (any kind may address one)', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'relations.yaml',
        [
          '- type: ADDRESSES',
          '  from: org:task-force-supply-chain',
          '  to: org:hlcm',
          '  evidence: [{ section: SUPPLY CHAINS, excerpt: "in Supply Chain (Task Force)" }]',
          '- type: ADDRESSES',
          '  from: person:melanie-thompson',
          '  to: topic:survivors-engagement',
          '  evidence: [{ section: TECHNOLOGY, excerpt: "urged stakeholders to increase survivors’ engagement" }]',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /seed\/relations\.yaml: entry \d+ \(org:task-force-supply-chain -ADDRESSES->\): field "to": ADDRESSES ends at TOPIC, not at ORGANISATION "org:hlcm"/,
      ),
    ]);
  });

  it('an entity property marked inferred that the entry does not set', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        '- id: place:lyon\n  name: Lyon\n  placeType: CITY\n  inferred: [{ field: country, note: "a guess" }]\n  evidence: [{ section: FOREWORD, excerpt: "FOREWORD" }]',
      ),
    );
    expect(problems.join('\n')).toMatch(
      /seed\/places\.yaml: entry \d+ \(place:lyon\): field "inferred\.0\.field": "country" is not a property this entry sets/,
    );
  });

  it('a passage of an unknown source, a section the source lacks, an offset that does not match its excerpt', () => {
    const problems = problemsOf((d) =>
      append(
        d,
        'places.yaml',
        [
          '- id: place:elsewhere',
          '  name: Elsewhere',
          '  placeType: CITY',
          '  evidence:',
          '    - { source: "source:another-report", section: FOREWORD, excerpt: "FOREWORD" }',
          '    - { section: APPENDIX, excerpt: "FOREWORD" }',
          '    - { section: FOREWORD, offset: 5, excerpt: "I am pleased to note" }',
        ].join('\n'),
      ),
    ).join('\n');
    expect(problems).toMatch(
      /seed\/places\.yaml: entry \d+ \(place:elsewhere\): field "evidence\.0\.source": unknown source "source:another-report"/,
    );
    expect(problems).toMatch(
      /\(place:elsewhere\): field "evidence\.1\.section": "APPENDIX" is not a section of/,
    );
    expect(problems).toMatch(
      /\(place:elsewhere\): field "evidence\.2\.offset": the excerpt does not stand at 5 in section "FOREWORD" \(it does at 9\)/,
    );
  });

  it('YAML that does not parse, with its line', () => {
    const problems = problemsOf((d) =>
      writeFileSync(join(d, 'people.yaml'), '- id: person:x\n  name: [unclosed\n'),
    );
    expect(problems.join('\n')).toMatch(/seed\/people\.yaml: line \d+/);
  });
});
