import { describe, expect, it } from '@jest/globals';
import { SEARCH_INDEX_ROWS } from '../../src/graph/search.js';
import { explainPlan, operatorName, recordingApi, type PlanNode } from '../support/plans.js';

/**
 * How `search` reaches the database (src/graph/search.ts): the ranking is the in-process name index, built once
 * per dataset version; a search is then one statement that fetches its hits by id (a unique-index seek) and reads
 * the dataset version beside them. A re-seed (a new version) is noticed by the next search, which rebuilds the
 * index and ranks again on the graph as it is. User text never reaches the statement: its only parameter is the
 * ranked ids.
 */

const rec = recordingApi();

type Hits = { search: Array<{ score: number; matched: string; entity: { id: string } }> };
const SEARCH = 'query($q: String!) { search(query: $q, first: 5) { score matched entity { id } } }';

const ops = (plan: PlanNode): string[] => [operatorName(plan), ...plan.children.flatMap(ops)];

describe('one statement per search, by id', () => {
  it('after the index is built: one round trip, a unique-index seek, no fulltext call, only ids as parameters', async () => {
    await rec.api.run(SEARCH, { q: 'warm' });
    rec.recorded.length = 0;
    // Cypher and Lucene syntax around one word: the answer is that word's.
    const hostile = `ICAT'}) //*:*~^ $searchIds`;
    const r = await rec.api.run<Hits>(SEARCH, { q: hostile });
    expect(r.errors).toBeUndefined();
    expect(r.roundTrips).toBe(1);
    expect(r.data!.search[0]!.entity.id).toBe('org:icat');
    expect(rec.recorded).toHaveLength(1);
    const [statement] = rec.recorded;
    expect(Object.keys(statement!.params)).toEqual(['searchIds']);
    expect(JSON.stringify(statement!.params)).not.toMatch(/ICAT|\*|\$/);
    expect(statement!.cypher).not.toMatch(/fulltext/);
    const plan = ops(await explainPlan(rec.db, statement!));
    expect(plan).toContain('NodeUniqueIndexSeek');
    expect(plan).not.toContain('AllNodesScan');
    expect(r.data).toEqual((await rec.api.run<Hits>(SEARCH, { q: 'icat searchids' })).data);
  });
});

describe('the index follows the dataset version', () => {
  const PROBE = 'org:zz-search-probe';
  it('a change of version is seen by the next search, which ranks on the new graph; then one round trip again', async () => {
    await rec.api.run(SEARCH, { q: 'warm' });
    const before = await rec.api.run<Hits>(SEARCH, { q: 'Quetzalcoatl Probe Bureau' });
    expect(before.data!.search.map((h) => h.entity.id)).not.toContain(PROBE);
    try {
      // A new entity and a new dataset: the version changes, as a re-seed changes it.
      await rec.db.write(
        `CREATE (:Entity:Organisation {id: $id, type: 'ORGANISATION', name: 'Quetzalcoatl Probe Bureau',
           sortName: 'quetzalcoatl probe bureau', otherNames: [], otherNamesText: '', evidence: [], dataset: 'search-probe'})
         CREATE (:Dataset {name: 'search-probe', dataset: 'search-probe', contentHash: 'probe'})`,
        { id: PROBE },
      );
      rec.recorded.length = 0;
      const after = await rec.api.run<Hits>(SEARCH, { q: 'Quetzalcoatl Probe Bureau' });
      expect(after.data!.search[0]).toEqual({
        score: 5,
        matched: 'Quetzalcoatl Probe Bureau',
        entity: { id: PROBE },
      });
      // The stale answer's statement, the version and the rows of the rebuild, the statement again.
      expect(after.roundTrips).toBe(4);
      expect(rec.recorded.map((s) => s.cypher)).toContain(SEARCH_INDEX_ROWS);
      const steady = await rec.api.run<Hits>(SEARCH, { q: 'Quetzalcoatl' });
      expect(steady.roundTrips).toBe(1);
      expect(steady.data!.search[0]!.entity.id).toBe(PROBE);
    } finally {
      await rec.db.write(
        `MATCH (n:Entity {id: $id}) DETACH DELETE n WITH count(*) AS gone
         MATCH (d:Dataset {name: 'search-probe'}) DELETE d`,
        { id: PROBE },
      );
    }
    const gone = await rec.api.run<Hits>(SEARCH, { q: 'Quetzalcoatl Probe Bureau' });
    expect(gone.data!.search.map((h) => h.entity.id)).not.toContain(PROBE);
  });
});
