import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { importGraph } from '../../tools/import.js';
import { startBenchNeo4j, type BenchNeo4j } from '../../tools/neo4j.js';
import { clearGraph, dropSchema, generateGraph, loadGraph } from '../../tools/synthetic.js';
import {
  graphFingerprint,
  graphShape,
  type GraphFingerprint,
  type GraphShape,
} from '../support/fingerprint.js';

/**
 * The offline import (CSV, Neo4j's importer into the stopped store, Neo4j started again, post-pass, indexes)
 * writes the same graph as the Cypher fast load: the same nodes, relationships and properties (fingerprint), the
 * same value type of every property of every label and relationship type (an empty list included), the same
 * counts, and the same constraints and indexes, online. Its own Neo4j, as the import replaces the store.
 */

let neo: BenchNeo4j;
beforeAll(async () => {
  neo = await startBenchNeo4j('1g');
}, 180_000);
afterAll(async () => {
  await neo?.stop();
});

interface Loaded extends GraphShape {
  fingerprint: GraphFingerprint;
  /** label set or type, key, value type, count. */
  valueTypes: string[];
}

async function snapshot(): Promise<Loaded> {
  const db = neo.db;
  const valueTypes = await db.read<{ line: string }>(
    `CALL () {
       MATCH (n) UNWIND keys(n) AS k
       RETURN reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + k + ' ' + valueType(n[k]) AS what
       UNION ALL
       MATCH ()-[r]->() UNWIND keys(r) AS k
       RETURN type(r) + ' ' + k + ' ' + valueType(r[k]) AS what
     }
     WITH what, count(*) AS c
     RETURN what + ' ' + toString(c) AS line ORDER BY line`,
  );
  return {
    fingerprint: await graphFingerprint(db),
    ...(await graphShape(db)),
    valueTypes: valueTypes.map((r) => r.line),
  };
}

function expectSameGraph(imported: Loaded, cypher: Loaded): void {
  expect(imported.labels).toEqual(cypher.labels);
  expect(imported.types).toEqual(cypher.types);
  expect(imported.valueTypes).toEqual(cypher.valueTypes);
  expect(imported.indexes).toEqual(cypher.indexes);
  expect(imported.fingerprint.nodes).toBe(cypher.fingerprint.nodes);
  expect(imported.fingerprint.relationships).toBe(cypher.fingerprint.relationships);
  // Line by line first: a difference shows as the few lines that differ.
  const a = new Set(cypher.fingerprint.lines);
  const b = new Set(imported.fingerprint.lines);
  expect(imported.fingerprint.lines.filter((l) => !a.has(l)).slice(0, 5)).toEqual([]);
  expect(cypher.fingerprint.lines.filter((l) => !b.has(l)).slice(0, 5)).toEqual([]);
  expect(imported.fingerprint.lines).toEqual(cypher.fingerprint.lines);
}

describe('synthetic graph: offline import', () => {
  it('writes the same graph, property types and schema as the Cypher fast load (1k nodes)', async () => {
    const g = generateGraph(1000);
    await clearGraph(neo.db);
    await dropSchema(neo.db);
    await loadGraph(neo.db, g, { method: 'fast', batchSize: 1000 });
    const cypher = await snapshot();
    // The graph has what the importer cannot write directly: empty lists.
    expect(cypher.valueTypes.some((l) => l.includes(' otherNames LIST<NOTHING> NOT NULL '))).toBe(true);
    expect(cypher.indexes.length).toBeGreaterThan(30);
    expect(cypher.indexes.every((l) => l.includes(' ONLINE '))).toBe(true);

    const stats = await importGraph(neo, g);
    expect(stats.relationships).toBe(cypher.fingerprint.relationships);
    expectSameGraph(await snapshot(), cypher);

    // A second import replaces the first (the store is overwritten, not added to).
    await importGraph(neo, g);
    expectSameGraph(await snapshot(), cypher);
  }, 600_000);
});
