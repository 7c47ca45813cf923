import type { SeedGraph } from '../../src/ingest/load.js';

/** A copy of the graph under other ids (for tests that must not touch the main dataset). */
export function namespaced(graph: SeedGraph, prefix: string): SeedGraph {
  const p = (id: string) => `${prefix}${id}`;
  return {
    passages: graph.passages.map((x) => ({ ...x, id: p(x.id) })),
    entities: graph.entities.map((e) => ({
      ...e,
      id: p(e.id),
      props: { ...e.props, id: p(e.id) },
      passageIds: e.passageIds.map(p),
    })),
    relations: graph.relations.map((r) => ({
      ...r,
      id: p(r.id),
      from: p(r.from),
      to: p(r.to),
      props: {
        ...r.props,
        id: p(r.id),
        evidence: (r.props.evidence as string[]).map(p),
        ...(typeof r.props.onBehalfOf === 'string' ? { onBehalfOf: p(r.props.onBehalfOf) } : {}),
      },
    })),
  };
}
