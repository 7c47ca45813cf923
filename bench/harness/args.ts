import type { Database } from '../../src/db/database.js';
import type { OpArgs } from '../ops.js';

/** Arguments per graph: comparable questions at every size (shared by run.ts and profile.ts). */

export async function pickArgs(db: Database): Promise<OpArgs> {
  const [org] = await db.read<{ id: string }>(
    `MATCH (n:Organisation) WITH n, COUNT { (n)--(:Entity) } AS d
     RETURN n.id AS id ORDER BY abs(d - 50), n.id LIMIT 1`,
  );
  const people = await db.read<{ id: string }>(
    `MATCH (n:Person) WITH n, COUNT { (n)--(:Entity) } AS d WHERE d > 0
     WITH n ORDER BY d, n.id WITH collect(n.id) AS ids
     UNWIND ids[size(ids) / 2 .. size(ids) / 2 + 20] AS id RETURN id`,
  );
  const events = await db.read<{ id: string }>(
    `MATCH (n:Event) WITH n, COUNT { (n)--(:Entity) } AS d WHERE d > 0
     WITH n ORDER BY d, n.id WITH collect(n.id) AS ids
     UNWIND ids[size(ids) / 2 .. size(ids) / 2 + 20] AS id RETURN id`,
  );
  const person = people[0]?.id ?? '';
  // A pair of typical entities joined by a path of 3 or 4 hops (what the path query is for).
  let pathFrom = person;
  let pathTo = events[0]?.id ?? '';
  search: for (const p of people) {
    for (const e of events) {
      const [row] = await db.read<{ len: number }>(
        `MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
         MATCH p = shortestPath((a)-[*..4]-(b)) WHERE all(n IN nodes(p) WHERE n:Entity)
         RETURN length(p) AS len`,
        { a: p.id, b: e.id },
      );
      if (row && row.len >= 3) {
        pathFrom = p.id;
        pathTo = e.id;
        break search;
      }
    }
  }
  return {
    entityId: org?.id ?? '',
    searchText: 'coordination trafficking persons',
    pathFrom,
    pathTo,
    neighbourhoodId: person,
    year: 2019,
  };
}
