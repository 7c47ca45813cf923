import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clearGraph, dropSchema, generateGraph, loadGraph, type LoadMethod } from '../../tools/synthetic.js';
import {
  graphFingerprint,
  graphShape,
  type GraphFingerprint,
  type GraphShape,
} from '../support/fingerprint.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The benchmark's fast load (element ids, indexes built after the data) writes the same graph as the indexed
 * one: the same nodes, relationships and properties (fingerprint), the same counts per label and type, and
 * the same constraints and indexes, online.
 */

let own: OwnNeo4j;
beforeAll(async () => {
  own = await startOwnNeo4j();
}, 180_000);
afterAll(async () => {
  await own?.stop();
});

interface Loaded extends GraphShape {
  fingerprint: GraphFingerprint;
}

async function load(method: LoadMethod, writers = 1): Promise<Loaded> {
  await clearGraph(own.db);
  await dropSchema(own.db);
  await loadGraph(own.db, generateGraph(1000), { method, writers, batchSize: 1000 });
  return { fingerprint: await graphFingerprint(own.db), ...(await graphShape(own.db)) };
}

describe('synthetic graph: fast load', () => {
  it('writes the same graph and schema as the indexed load (1k nodes)', async () => {
    const g = generateGraph(1000);
    const indexed = await load('indexed');
    const fast = await load('fast');
    const parallel = await load('fast', 2);

    expect(indexed.labels).toEqual({
      Entity: g.entities.length,
      Passage: g.passages.length,
      ...Object.fromEntries(
        Object.entries(g.idsByLabel)
          .filter(([, ids]) => ids.length > 0)
          .map(([l, ids]) => [l, ids.length]),
      ),
    });
    const evidenceLinks = g.evidence.reduce((s, [, ps]) => s + ps.length, 0);
    expect(indexed.fingerprint.relationships).toBe(g.relations.length + evidenceLinks);
    expect(indexed.indexes.length).toBeGreaterThan(30);
    expect(indexed.indexes.every((l) => l.includes(' ONLINE '))).toBe(true);

    for (const other of [fast, parallel]) {
      expect(other.labels).toEqual(indexed.labels);
      expect(other.types).toEqual(indexed.types);
      expect(other.indexes).toEqual(indexed.indexes);
      expect(other.fingerprint.nodes).toBe(indexed.fingerprint.nodes);
      expect(other.fingerprint.relationships).toBe(indexed.fingerprint.relationships);
      // Compared line by line: a difference shows as the few lines that differ, not a 12k-line dump.
      const a = new Set(indexed.fingerprint.lines);
      const b = new Set(other.fingerprint.lines);
      expect(other.fingerprint.lines.filter((l) => !a.has(l)).slice(0, 5)).toEqual([]);
      expect(indexed.fingerprint.lines.filter((l) => !b.has(l)).slice(0, 5)).toEqual([]);
      expect(other.fingerprint.lines).toEqual(indexed.fingerprint.lines);
    }
  }, 300_000);
});
