import { describe, expect, it } from '@jest/globals';
import {
  computeCoverage,
  listedSentences,
  loadUncited,
  namedEntities,
  statesSomething,
} from '../../src/ingest/coverage.js';
import { loadSeed } from '../../src/ingest/load.js';
import { loadRawSections } from '../../src/ingest/report.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { normalise } from '../../src/model/sources.js';
import { SEED_DIR } from '../../src/paths.js';

const raw = loadRawSections();
const graph = loadSeed(SEED_DIR, new Map([...raw].map(([k, v]) => [k, normalise(v)])));
const uncited = loadUncited(SEED_DIR);

describe('sentences', () => {
  it('end at a full stop before a capital, but not after a title, and at bullets, blank lines and link lines', () => {
    const texts = splitSentences(
      'Watching a video address by Dr. Myria Vassiliadou. Approximately one week later, ICAT met.\n\n' +
        'Caption (UN Women)\n\n\t\uFFFD first bullet\n\t\uFFFD second bullet\nhttps://a.example/x\nSimilarly, more.',
    ).map((s) => s.text);
    expect(texts).toEqual([
      'Watching a video address by Dr. Myria Vassiliadou.',
      'Approximately one week later, ICAT met.',
      'Caption (UN Women)',
      'first bullet',
      'second bullet',
      'https://a.example/x',
      'Similarly, more.',
    ]);
  });

  it('are ranges of the normalised section text', () => {
    for (const [, text] of raw) {
      const n = normalise(text);
      for (const s of splitSentences(text)) expect(n.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('coverage of the report by the seed', () => {
  const coverage = computeCoverage(raw, graph, uncited);
  const naming = coverage.sections.flatMap((s) => s.uncitedNaming);
  const stating = coverage.sections.flatMap((s) => s.uncitedStating);

  it('counts every section, and cites most of the report', () => {
    expect(coverage.sections.map((s) => s.section)).toEqual([...raw.keys()]);
    expect(coverage.sentences).toBe(coverage.sections.reduce((n, s) => n + s.sentences, 0));
    expect(coverage.cited / coverage.sentences).toBeGreaterThan(0.7);
  });

  it('leaves no sentence naming two or more entities both uncited and unexplained in seed/uncited.yaml', () => {
    const unexplained = naming.filter((n) => n.reason === undefined).map((n) => `[${n.section}] ${n.text}`);
    expect(unexplained).toEqual([]);
  });

  it('leaves no sentence naming one entity and stating something about it both uncited and unexplained', () => {
    const unexplained = stating.filter((n) => n.reason === undefined).map((n) => `[${n.section}] ${n.text}`);
    expect(unexplained).toEqual([]);
  });

  it('has no stale entry in seed/uncited.yaml: each explains exactly one listed sentence', () => {
    const listed = listedSentences(coverage);
    for (const u of uncited) {
      const matches = listed.filter((n) => n.section === u.section && n.text.includes(normalise(u.excerpt)));
      expect([u.excerpt, matches.map((m) => m.text)]).toEqual([u.excerpt, [expect.any(String)]]);
    }
  });

  it('flags an uncited sentence naming one entity and stating something about it, and an entry explains it', () => {
    // Without the chairpersonship that cites it, WHO WE ARE's governance rule about ICAT alone goes uncited.
    const chair = 'org:icat-chairpersonship';
    const without = {
      ...graph,
      entities: graph.entities.filter((e) => e.id !== chair),
      relations: graph.relations.filter((r) => r.from !== chair && r.to !== chair),
    };
    const cited = new Set([
      ...without.entities.flatMap((e) => e.passageIds),
      ...without.relations.flatMap((r) => r.props.evidence as string[]),
    ]);
    const lean = { ...without, passages: without.passages.filter((p) => cited.has(p.id)) };
    const flagged = computeCoverage(raw, lean, uncited).sections.flatMap((s) =>
      s.uncitedStating.filter((n) => n.reason === undefined),
    );
    expect(flagged.map((f) => [f.section, f.text, f.entities])).toEqual([
      [
        'WHO WE ARE',
        'ICAT has a chairpersonship which periodically rotates among its members.',
        ['org:icat'],
      ],
    ]);
    const reason = 'A rule of governance, read elsewhere.';
    const explained = computeCoverage(raw, lean, [
      ...uncited,
      { section: 'WHO WE ARE', excerpt: 'ICAT has a chairpersonship', reason },
    ]).sections.flatMap((s) => s.uncitedStating.filter((n) => n.reason === reason));
    expect(explained.map((f) => f.text)).toEqual([
      'ICAT has a chairpersonship which periodically rotates among its members.',
    ]);
  });

  it('counts a sentence as stating something about its one entity when it says more than the name', () => {
    const patterns = [
      { id: 'org:icat', re: /(?<![\w-])ICAT(?![\w-])/g },
      { id: 'org:un-women', re: /(?<![\w-])UN Women(?![\w-])/g },
    ];
    expect(
      statesSomething('ICAT has a chairpersonship which periodically rotates among its members.', patterns),
    ).toBe(true);
    expect(statesSomething('ICAT met 25 times', patterns)).toBe(true);
    expect(statesSomething('(UN Women)', patterns)).toBe(false);
    expect(statesSomething('The ICAT toolkit', patterns)).toBe(false);
    expect(statesSomething('https://icat.network/ICAT/publications', patterns)).toBe(false);
  });

  it('flags an uncited sentence naming two entities, and an entry of seed/uncited.yaml explains it', () => {
    // Without the statement that cites it, the Foreword's commitment sentence names ICAT and the UN uncited.
    const without = {
      ...graph,
      entities: graph.entities.filter((e) => e.id !== 'stmt:icat-commitment-policy-coherence'),
      relations: graph.relations.filter((r) => r.to !== 'stmt:icat-commitment-policy-coherence'),
    };
    const cited = new Set([
      ...without.entities.flatMap((e) => e.passageIds),
      ...without.relations.flatMap((r) => r.props.evidence as string[]),
    ]);
    const lean = { ...without, passages: without.passages.filter((p) => cited.has(p.id)) };
    const flagged = computeCoverage(raw, lean, uncited).sections.flatMap((s) =>
      s.uncitedNaming.filter((n) => n.reason === undefined),
    );
    expect(flagged.map((f) => [f.section, f.entities])).toEqual([
      ['FOREWORD', ['org:icat', 'org:united-nations']],
    ]);
    const reason = 'Named only as the scope of a commitment.';
    const explained = computeCoverage(raw, lean, [
      ...uncited,
      { section: 'FOREWORD', excerpt: 'ICAT remains committed', reason },
    ]).sections.flatMap((s) => s.uncitedNaming.filter((n) => n.reason === reason));
    expect(explained.map((f) => f.section)).toEqual(['FOREWORD']);
  });

  it('finds names by acronym and other name, and not a name inside a longer one', () => {
    const patterns = [
      { id: 'org:unodc', re: /(?<![\w-])United Nations Office on Drugs and Crime(?![\w-])/g },
      { id: 'org:united-nations', re: /(?<![\w-])United Nations(?![\w-])/g },
      { id: 'org:unodc', re: /(?<![\w-])UNODC(?![\w-])/g },
    ];
    expect(namedEntities('the United Nations Office on Drugs and Crime (UNODC)', patterns)).toEqual([
      'org:unodc',
    ]);
    expect(namedEntities('UNODC and the United Nations', patterns)).toEqual([
      'org:united-nations',
      'org:unodc',
    ]);
  });
});
