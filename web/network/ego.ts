// Ego mode: the entities within `depth` hops of the centre. `neighbourhood` names them; the page keeps those
// reached through the relations of the current filter (year, preset), as `/export/…?center=…&depth=…` does, so
// the drawing and its export agree.
import type { Network } from './api.js';

export function egoNetwork(
  network: Network,
  center: string,
  depth: number,
  named: ReadonlySet<string>,
): Network {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!named.has(a) || !named.has(b)) return;
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of network.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const keep = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adjacent.get(n) ?? [])
        if (!keep.has(m)) {
          keep.add(m);
          next.push(m);
        }
    frontier = next;
  }
  const edges = network.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return {
    nodes: network.nodes.filter((n) => keep.has(n.id)).map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 })),
    edges,
  };
}
