import { loadSeed, type SeedGraph } from '../../src/ingest/load.js';
import { SEED_DIR } from '../../src/paths.js';

/**
 * The expected answers, worked out in plain TypeScript from seed/*.yaml (the files the test database was seeded
 * from), never from the API or Cypher: a filter, order or walk the API gets wrong disagrees with this.
 */

export type SeedEntity = SeedGraph['entities'][number];
export type SeedRelation = SeedGraph['relations'][number];

/** Neo4j compares strings by code point. */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

export type Order = 'NAME_ASC' | 'NAME_DESC' | 'DATE_ASC' | 'DATE_DESC';

export class SeedOracle {
  readonly graph: SeedGraph = loadSeed(SEED_DIR);

  entities(label: string): SeedEntity[] {
    return this.graph.entities.filter((e) => e.label === label);
  }

  entity(id: string): SeedEntity {
    const e = this.graph.entities.find((x) => x.id === id);
    if (!e) throw new Error(`no ${id} in the seed`);
    return e;
  }

  prop(e: SeedEntity, name: string): unknown {
    return (e.props as Record<string, unknown>)[name];
  }

  /** Ids of the entities with a relation (either direction) to `id`, of the given types (all when empty). */
  relatedTo(id: string, types: readonly string[] = []): Set<string> {
    const out = new Set<string>();
    for (const r of this.graph.relations) {
      if (types.length > 0 && !types.includes(r.type)) continue;
      if (r.from === id) out.add(r.to);
      if (r.to === id) out.add(r.from);
    }
    return out;
  }

  /** The ids in the order a connection gives them: its sort key, then id; undated last in both date orders. */
  sorted(entities: readonly SeedEntity[], order: Order): string[] {
    const key = (e: SeedEntity): string => {
      if (order.startsWith('NAME')) return String(this.prop(e, 'sortName'));
      const year = this.prop(e, 'year');
      const earliest =
        this.prop(e, 'dateEarliest') ?? (typeof year === 'number' ? `${year}-01-01` : undefined);
      return typeof earliest === 'string' ? earliest : order === 'DATE_ASC' ? '9999-12-31' : '0000-01-01';
    };
    const desc = order.endsWith('_DESC');
    return [...entities]
      .sort((a, b) => compareCodePoints(key(a), key(b)) * (desc ? -1 : 1) || compareCodePoints(a.id, b.id))
      .map((e) => e.id);
  }

  /** Breadth-first distances from `from` over relations of the given types (all when empty), either direction. */
  distances(from: string, types: readonly string[] = [], maxDepth = Infinity): Map<string, number> {
    const dist = new Map<string, number>([[from, 0]]);
    let frontier = [from];
    for (let d = 1; frontier.length > 0 && d <= maxDepth; d++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const other of this.relatedTo(id, types))
          if (!dist.has(other)) {
            dist.set(other, d);
            next.push(other);
          }
      frontier = next;
    }
    return dist;
  }

  /** Whether the seed holds a relation between a and b (either direction) of one of the types (any when empty). */
  linked(a: string, b: string, types: readonly string[] = []): boolean {
    return this.graph.relations.some(
      (r) =>
        (types.length === 0 || types.includes(r.type)) &&
        ((r.from === a && r.to === b) || (r.from === b && r.to === a)),
    );
  }
}
