import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportDataset, writeSeedFiles } from '../../src/ingest/export.js';
import { loadSeedDir, seedRepository } from '../../src/ingest/index.js';
import type { SeedGraph } from '../../src/ingest/load.js';
import { loadReportSections } from '../../src/ingest/report.js';
import { ENTITY_FILES, RELATIONS_FILE } from '../../src/ingest/seed-format.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { liveFingerprint } from '../support/live-fingerprint.js';
import { startProvider, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The seed round trip (issue 23 item 6) on a Neo4j of this file's own: `npm run seed:export` writes the graph back
 * as seed files, seeding an empty database from them gives the same graph (untouched and curated through real
 * change-sets), and `npm run seed` refuses to undo accepted change-sets the files lack unless told to.
 */

const DATASET = 'icat-2019';
const run = promisify(execFile);
let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
let curator = '';
let reviewer = '';
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'icat-kg-seed-export-'));
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  provider = await startProvider();
  curator = await provider.token('curator');
  reviewer = await provider.token('reviewer');
  api = await startCurationApp(own.db, provider);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await own?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const live = () => liveFingerprint(own.db, DATASET);

/** A seed graph without where each record came from (file and entry number), in id order. */
function canon(g: SeedGraph) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return {
    source: g.source,
    entities: byId(g.entities).map(({ origin: _o, ...e }) => e),
    relations: byId(g.relations).map(({ origin: _o, ...r }) => r),
    passages: byId(g.passages),
    attestations: [...g.attestations].map(({ origin: _o, ...a }) => a),
  };
}

async function exportTo(): Promise<string> {
  const dir = tmp();
  writeSeedFiles(dir, (await exportDataset(own.db, DATASET)).files);
  return dir;
}

/** `npm run seed` as a user runs it (the command's own code, via tsx), against this file's Neo4j. */
async function seedCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/ingest/cli.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: own.neo4j.uri, NEO4J_PASSWORD: '', LOG_LEVEL: 'silent' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id } userErrors { path message code } }
}`;
const REVIEW = `mutation R($id: ID!) {
  reviewChange(id: $id, decision: ACCEPT, comment: "checked") { changeSet { id state } userErrors { message code } }
}`;

/** Proposes (curator) and accepts (reviewer) one change-set through the API; returns its id. */
async function curate(input: unknown): Promise<string> {
  const p = await api.gql(PROPOSE, { input }, { token: curator });
  const payload = p.body.data?.proposeChange as { changeSet: { id: string } | null; userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  const r = await api.gql(REVIEW, { id: payload.changeSet!.id }, { token: reviewer });
  const decided = r.body.data?.reviewChange as { changeSet: { state: string }; userErrors: unknown[] };
  expect(decided.userErrors).toEqual([]);
  expect(decided.changeSet.state).toBe('ACCEPTED');
  return payload.changeSet!.id;
}

/** One change-set of every kind of operation the seed format can express, with a pinned second occurrence. */
async function curatedChange(tag: string) {
  const [icat] = await own.db.read<{ evidence: string[] }>(
    "MATCH (n:Entity {id: 'org:icat'}) RETURN n.evidence AS evidence",
  );
  const [member] = await own.db.read<{ id: string }>(
    "MATCH (:Entity {id: 'org:icmpd'})-[r:MEMBER_OF]->(:Entity {id: 'org:icat'}) RETURN r.id AS id",
  );
  const supply = loadReportSections().get('SUPPLY CHAINS')!;
  const word = 'trafficking in persons';
  const second = supply.indexOf(word, supply.indexOf(word) + 1);
  expect(second).toBeGreaterThan(0);
  const topic = `topic:round-trip-${tag}`;
  return {
    comment: `Round trip ${tag}`,
    operations: [
      {
        createEntity: {
          id: topic,
          type: 'TOPIC',
          name: `Supply chains of organisations (${tag})`,
          otherNames: [`Own supply chains (${tag})`],
          evidence: [
            {
              section: 'SUPPLY CHAINS',
              excerpt:
                'International and regional organizations have an integral role to play in preventing trafficking in persons in their own supply chains',
            },
            { section: 'SUPPLY CHAINS', excerpt: word, offset: second },
          ],
        },
      },
      {
        updateEntity: {
          id: 'org:ilo',
          description: `A specialised agency of the United Nations (${tag}).`,
          inferred: [{ field: 'description', note: 'The report names the ILO among the members only.' }],
        },
      },
      {
        addRelation: {
          type: 'ADDRESSES',
          from: 'org:ilo',
          to: topic,
          assertion: 'INFERRED',
          note: 'A member of ICAT, which addresses supply chains in its 2019 report.',
          evidence: [{ passage: icat!.evidence[0] }],
        },
      },
      ...(member ? [{ retractRelation: { id: member.id, note: 'test retraction' } }] : []),
      { addEvidence: { target: 'org:icmpd', evidence: { passage: icat!.evidence[1] } } },
    ],
  };
}

describe('npm run seed:export', () => {
  let untouched = '';

  it('writes the untouched seed back record for record, sorted, and the same bytes every time', async () => {
    const first = await exportDataset(own.db, DATASET);
    untouched = tmp();
    writeSeedFiles(untouched, first.files);
    expect(first.uncitedPassages).toEqual([]);
    // The checked-in files are hand-ordered and commented, so equality is of what they load to, not of bytes.
    expect(canon(loadSeedDir(untouched))).toEqual(canon(loadSeedDir(SEED_DIR)));
    expect((await exportDataset(own.db, DATASET)).files).toEqual(first.files);
    for (const file of Object.keys(ENTITY_FILES)) {
      const ids = [...readFileSync(join(untouched, file), 'utf8').matchAll(/^- id: "([^"]+)"$/gm)].map(
        (m) => m[1],
      );
      expect(ids).toEqual([...ids].sort());
    }
    const rels = readFileSync(join(untouched, RELATIONS_FILE), 'utf8');
    const froms = [...rels.matchAll(/^ {2}from: "([^"]+)"$/gm)].map((m) => m[1]!);
    expect(froms).toEqual([...froms].sort());
  });

  it('seeding an empty database from the export of the untouched seed gives the same graph', async () => {
    const before = await live();
    await own.clear();
    await seedRepository(own.db, { seedDir: untouched });
    expect(await live()).toEqual(before);
  });

  it('seeding an empty database from the export of a curated graph gives the same graph', async () => {
    await curate(await curatedChange('a'));
    const curated = await live();
    expect(curated.join('\n')).toContain('topic:round-trip-a');
    const dir = await exportTo();
    expect(readFileSync(join(dir, 'topics.yaml'), 'utf8')).toMatch(
      /- id: "topic:round-trip-a"[\s\S]*?offset: \d+/,
    );
    const ilo = readFileSync(join(dir, 'organisations.yaml'), 'utf8');
    expect(ilo).toContain('note: "The report names the ILO among the members only."');
    // A fresh database, seeded from the export alone.
    await own.clear();
    await seedRepository(own.db, { seedDir: dir });
    expect(await live()).toEqual(curated);
  });
});

describe('npm run seed over a curated graph', () => {
  beforeAll(async () => {
    await own.clear();
    await seedRepository(own.db);
  }, 60_000);

  it('refuses when the files lack accepted change-sets, naming them, and writes nothing', async () => {
    const id = await curate(await curatedChange('b'));
    const before = await live();
    const r = await seedCommand();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Refusing to seed');
    expect(r.stderr).toContain(id);
    expect(r.stderr).toContain('Round trip b');
    expect(r.stderr).toMatch(/npm run seed:export/);
    expect(r.stderr).toMatch(/--discard-curation/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // a refusal, not a crash
    expect(await live()).toEqual(before);
  }, 120_000);

  it('seeds from files that hold the change-sets (the export), and still refuses files that lack them', async () => {
    const before = await live();
    const dir = await exportTo();
    const ok = await seedCommand('--dir', dir);
    expect([ok.code, ok.stderr]).toEqual([0, expect.any(String)]);
    expect(await live()).toEqual(before);
    // The graph still holds that work: the checked-in seed, which lacks it, is refused as before.
    const again = await seedCommand();
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Round trip b');
  }, 120_000);

  it('--discard-curation seeds anyway: the graph is the files again, and the next seed needs no flag', async () => {
    const r = await seedCommand('--discard-curation');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--discard-curation: undoing 1 accepted change-set/);
    const fresh = tmp();
    writeSeedFiles(fresh, (await exportDataset(own.db, DATASET)).files);
    expect(canon(loadSeedDir(fresh))).toEqual(canon(loadSeedDir(SEED_DIR)));
    const next = await seedCommand();
    expect(next.code).toBe(0);
  }, 120_000);
});
