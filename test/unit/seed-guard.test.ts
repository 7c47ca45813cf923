import { describe, expect, it } from '@jest/globals';
import { CurationWouldBeLost, lackedBy, type AppliedChangeSet } from '../../src/curation/seed-guard.js';
import { loadSeedDir } from '../../src/ingest/index.js';
import type { SeedGraph } from '../../src/ingest/load.js';
import { SEED_DIR } from '../../src/paths.js';

/**
 * Which accepted change-sets a seed would undo (src/curation/seed-guard.ts): those whose entities or relations
 * the files have otherwise than the graph has them now. (Which ones the graph holds is read from Neo4j:
 * test/integration/seed-roundtrip.test.ts.)
 */

const files = loadSeedDir(SEED_DIR);
const cs = (id: string, targets: string[]): AppliedChangeSet => ({
  id,
  comment: `change ${id}`,
  reviewer: 'token:reviewer-chen',
  reviewedAt: '2026-12-07T01:00:00Z',
  targets,
});
/** The graph as the files have it, with one entity's description changed and one relation gone. */
function curated(): SeedGraph {
  const g = structuredClone(files);
  g.entities.find((e) => e.id === 'org:ilo')!.props.description = 'A specialised agency.';
  g.relations.shift();
  return g;
}

describe('lackedBy', () => {
  const gone = files.relations[0]!.id;

  it('names the change-sets whose targets the files have otherwise, and only those', () => {
    const sets = [
      cs('cs:a', ['org:ilo']),
      cs('cs:b', [gone]),
      cs('cs:c', ['org:icat']),
      cs('cs:d', ['topic:nowhere']),
    ];
    expect(lackedBy(files, curated(), sets).map((c) => c.id)).toEqual(['cs:a', 'cs:b']);
  });

  it('names none when the files are the graph (an export of it)', () => {
    const g = curated();
    expect(lackedBy(g, structuredClone(g), [cs('cs:a', ['org:ilo']), cs('cs:b', [gone])])).toEqual([]);
  });

  it('counts a fact the files have and the graph does not (and the other way round) as lacking', () => {
    const g = structuredClone(files);
    g.entities.push({ ...structuredClone(g.entities[0]!), id: 'topic:new', origin: '' });
    expect(lackedBy(files, g, [cs('cs:new', ['topic:new'])]).map((c) => c.id)).toEqual(['cs:new']);
    expect(lackedBy(g, files, [cs('cs:new', ['topic:new'])]).map((c) => c.id)).toEqual(['cs:new']);
  });

  it('the refusal names each change-set and says what to do', () => {
    const message = new CurationWouldBeLost([cs('cs:a', ['org:ilo'])], 'seed/').message;
    expect(message).toMatch(
      /^Refusing to seed: the graph holds 1 accepted change-set\(s\) that seed\/ lacks/,
    );
    expect(message).toContain(
      'cs:a "change cs:a" (accepted 2026-12-07T01:00:00Z by token:reviewer-chen; touches org:ilo)',
    );
    expect(message).toContain('npm run seed:export');
    expect(message).toContain('npm run seed -- --discard-curation');
  });
});
