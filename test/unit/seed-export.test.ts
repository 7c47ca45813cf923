import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderSeed, writeSeedFiles, type DatasetRows } from '../../src/ingest/export.js';
import { loadSeedDir } from '../../src/ingest/index.js';
import type { SeedGraph } from '../../src/ingest/load.js';
import { passageId } from '../../src/model/ids.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';

/**
 * `npm run seed:export` without a database: the rows the graph holds after a seed (built here from the seed's own
 * records, as the seed writes them) rendered as seed files and loaded back by the seed loader give the same records.
 * test/integration/seed-roundtrip.test.ts does the same through Neo4j, and for a curated graph.
 */

const FICTIONAL = join(ROOT, 'test/fixtures/fictional-source');

/** The rows Neo4j holds after seeding `g` (each node and relationship also carries `dataset`). */
function rowsOf(g: SeedGraph): DatasetRows {
  const dataset = g.source.dataset;
  const p = g.source.props;
  return {
    dataset,
    source: {
      id: g.source.id,
      title: String(p.title),
      publisher: String(p.publisher),
      year: Number(p.year),
      url: String(p.url),
      sectionNames: p.sectionNames as string[],
      sectionTexts: p.sectionTexts as string[],
      sectionMarkers: (p.sectionMarkers as string[] | undefined) ?? [],
    },
    passages: g.passages.map((x) => ({
      id: x.id,
      source: x.source,
      section: x.section,
      excerpt: x.excerpt,
      start: x.start ?? null,
    })),
    entities: g.entities.map((e) => ({ id: e.id, label: e.label, props: { ...e.props, dataset } })),
    relations: g.relations.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      props: { ...r.props, dataset },
    })),
    attested: g.attestations.map((a) => ({ entity: a.entity, passageIds: a.passageIds })),
  };
}

/** A seed graph without where each record came from, in id order. */
function canon(g: SeedGraph) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  // The database holds a source's sections as normalised text, not its file's bytes: the export writes that text,
  // so the file's SHA-256 (the report's file is referred to, not written) is the one thing that cannot come back.
  const { sha256: _sha, ...props } = g.source.props;
  return {
    source: { ...g.source, props },
    entities: byId(g.entities).map(({ origin: _o, ...e }) => e),
    relations: byId(g.relations).map(({ origin: _o, ...r }) => r),
    passages: byId(g.passages),
    attestations: g.attestations.map(({ origin: _o, ...a }) => a),
  };
}

function roundTrip(dir: string): { before: SeedGraph; after: SeedGraph; files: Map<string, string> } {
  const before = loadSeedDir(dir);
  const out = mkdtempSync(join(tmpdir(), 'icat-kg-seed-export-unit-'));
  try {
    const { files, uncitedPassages } = renderSeed(rowsOf(before));
    expect(uncitedPassages).toEqual([]);
    writeSeedFiles(out, files);
    return { before, after: loadSeedDir(out), files };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('seed:export rendering', () => {
  it('writes the checked-in seed back to the same records (the report as its source)', () => {
    const { before, after, files } = roundTrip(SEED_DIR);
    expect(canon(after)).toEqual(canon(before));
    expect(parse(files.get('source.yaml')!)).toMatchObject({ text: 'report', dataset: 'icat-2019' });
  });

  it('writes a source of its own with its text and section markers, and its attestations', () => {
    const { before, after, files } = roundTrip(FICTIONAL);
    expect(before.attestations.length).toBeGreaterThan(0);
    expect(canon(after)).toEqual(canon(before));
    const source = parse(files.get('source.yaml')!) as { text: string; sections: unknown[] };
    expect(source.sections).toHaveLength(3);
    expect(files.get(source.text)).toContain('CHAPTER TWO');
  });

  it('is stable and sorted: entities by id, relations by their ends and type, defaults left out', () => {
    const g = loadSeedDir(SEED_DIR);
    const rows = rowsOf(g);
    const shuffled = {
      ...rows,
      entities: [...rows.entities].reverse(),
      relations: [...rows.relations].reverse(),
    };
    const a = renderSeed(rows).files;
    expect(renderSeed(shuffled).files).toEqual(a);
    const orgs = parse(a.get('organisations.yaml')!) as Array<{ id: string }>;
    expect(orgs.map((o) => o.id)).toEqual(orgs.map((o) => o.id).sort());
    const rels = parse(a.get('relations.yaml')!) as Array<{
      from: string;
      type: string;
      status?: string;
      assertion?: string;
    }>;
    const keys = rels.map((r) => `${r.from} ${r.type}`);
    expect(keys).toEqual([...keys].sort());
    expect(rels.some((r) => r.status === 'DONE' || r.assertion === 'STATED')).toBe(false);
    expect(a.get('relations.yaml')).toMatch(
      /^# Relations between the entities\. Format: docs\/reference\/SEED-FORMAT\.md\./,
    );
    expect(a.get('relations.yaml')).toMatch(/\n\n- type: "[A-Z_]+"\n {2}from: "/);
  });

  it('pins an excerpt with its offset only where its passage was pinned, and refuses a passage it cannot name', () => {
    const g = loadSeedDir(SEED_DIR);
    const rows = rowsOf(g);
    const p = rows.passages.find((x) => x.start !== null)!;
    // One entity cites the passage pinned at its offset (as a change-set's evidence with `offset` makes it).
    const pinned = { ...p, id: passageId(p.source, p.section, p.excerpt, p.start!) };
    const target = rows.entities[0]!;
    const withPin: DatasetRows = {
      ...rows,
      passages: [...rows.passages, pinned],
      entities: rows.entities.map((e) =>
        e === target
          ? { ...e, props: { ...e.props, evidence: [...(e.props.evidence as string[]), pinned.id] } }
          : e,
      ),
    };
    const out = mkdtempSync(join(tmpdir(), 'icat-kg-seed-export-unit-'));
    try {
      const files = renderSeed(withPin).files;
      expect([...files.values()].join('\n').match(/offset: \d+/g)).toEqual([`offset: ${p.start}`]);
      writeSeedFiles(out, files);
      const back = loadSeedDir(out).entities.find((e) => e.id === target.id)!;
      expect(back.passageIds).toEqual(
        target.props.evidence ? [...(target.props.evidence as string[]), pinned.id] : [],
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    // The same passage, but its id is another's: nothing the seed format could write names it.
    const broken = {
      ...rows,
      passages: rows.passages.map((x) => (x.id === p.id ? { ...x, excerpt: `${x.excerpt} (edited)` } : x)),
    };
    expect(() => renderSeed(broken)).toThrow(
      new RegExp(`passage ${p.id} .* is not the passage its section and excerpt name`),
    );
    const checked = readFileSync(join(SEED_DIR, 'relations.yaml'), 'utf8');
    expect(checked).not.toMatch(/offset:/);
    expect(renderSeed(rows).files.get('relations.yaml')).not.toMatch(/offset:/);
  });
});
