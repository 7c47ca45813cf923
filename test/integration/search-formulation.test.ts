import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/db/database.js';
import { FULLTEXT_HITS, fulltextParams, luceneQuery, searchTerms } from '../../src/graph/search.js';
import { testDatabase } from '../support/db.js';

/**
 * `search` leaves out the acronym field's fuzzy clause of a long term when the acronym field holds no word of a
 * length within its reach (src/graph/search.ts, docs/benchmarks/search.md). That must change nothing: on the seed,
 * for the tests' and cookbook's texts and for every name and acronym as typed and with a typo, the first 10 hits
 * are those of the plain Lucene string, in the same order, with the same scores.
 */

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

const ORDER = `WITH node, score ORDER BY score DESC, node.id LIMIT 10 RETURN node.id AS id, score`;
const PLAIN = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score ${ORDER}`;

type Hit = { id: string; score: number };

const FIXED = [
  'coordination trafficking persons',
  'UNODC',
  'Interpoll',
  'Giammarino',
  'Crime Ofice',
  'Entity for Gender Equality and the Empowerment of Women',
  'impunity',
  'procurement',
  'trafficking',
  'osce',
  'technology impunity gender',
  'international organization for migration',
  'seventy',
];

/** Two letters of the longest word swapped (a typo of 1 or 2 edits); short words are left as they are. */
function typo(text: string): string {
  const words = text.split(' ');
  const at = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const w = words[at]!;
  if (w.length < 5) return text;
  const i = Math.floor(w.length / 2);
  words[at] = w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
  return words.join(' ');
}

describe('search: the acronym probe keeps the hits, their order and their scores', () => {
  it('finds what the plain Lucene string finds, on the seed', async () => {
    const names = await db.read<{ name: string; acronym: string | null }>(
      'MATCH (n:Entity) RETURN n.name AS name, n.acronym AS acronym ORDER BY n.id',
    );
    const texts = new Set(FIXED);
    for (const { name, acronym } of names) {
      texts.add(name);
      texts.add(typo(name));
      if (acronym) {
        texts.add(acronym);
        texts.add(typo(acronym));
      }
    }
    let narrowed = 0;
    const differing: string[] = [];
    for (const text of texts) {
      const terms = searchTerms(text);
      if (terms.length === 0) continue;
      const plain = await db.read<Hit>(PLAIN, { lucene: luceneQuery(terms) });
      const probed = await db.read<Hit>(`${FULLTEXT_HITS} ${ORDER}`, fulltextParams(terms, 50));
      if (JSON.stringify(probed) !== JSON.stringify(plain)) differing.push(text);
      // Did the probe leave out an acronym clause here? (Otherwise this text did not exercise it.)
      for (const probe of fulltextParams(terms, 50).probes as Array<string | null>) {
        if (probe === null) continue;
        const near = await db.read(
          `CALL db.index.fulltext.queryNodes('entity_names', $probe, {limit: 1}) YIELD node RETURN node.id AS id`,
          { probe },
        );
        if (near.length === 0) narrowed += 1;
      }
    }
    expect(texts.size).toBeGreaterThan(300);

    expect(differing).toEqual([]);
    // The narrowed statement was in play: on the seed, many long terms have no acronym within reach.
    expect(narrowed).toBeGreaterThan(50);
  });

  it('probes only terms of 2 edits, with the window of lengths such a term can reach', () => {
    const p = fulltextParams(['coordination', 'persons', 'office', 'un'], 50);
    expect(p.probes).toEqual(['acronym:/.{10,14}/', 'acronym:/.{5,9}/', null, null]);
    expect(p.clauses).toEqual([
      '(coordination^4 OR coordination*^2 OR coordination~2)',
      '(persons^4 OR persons*^2 OR persons~2)',
      '(office^4 OR office*^2 OR office~1)',
      '(un^4 OR un*^2)',
    ]);
    expect((p.narrowed as string[])[0]).toBe(
      '(coordination^4 OR coordination*^2 OR (name:coordination~2 OR otherNamesText:coordination~2))',
    );
    expect(luceneQuery(['coordination', 'un'])).toBe(
      '(coordination^4 OR coordination*^2 OR coordination~2) OR (un^4 OR un*^2)',
    );
  });
});
