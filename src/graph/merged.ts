import type { Database } from '../db/database.js';

/**
 * Merged ids (docs/how-to/CURATION.md, "Merges"). An accepted merge takes the merged entity's `Entity` and kind
 * labels off its node and gives it the label below, with `mergedInto` (the survivor's id) and `mergedLabel` (its
 * kind, for an unmerge). Every read of the graph matches `:Entity` or a kind label, so search, analytics, exports
 * and the network see the survivor only without a filter of their own; these reads are the ones that follow a
 * merged id to its survivor (entity, node, /entity/{id}) and list an entity's merged ids.
 */

export const MERGED_LABEL = 'MergedEntity';

/**
 * The indexes of merged ids. A read of an unknown id asks whether it was merged (survivorOf): the seed creates
 * these with the graph's own indexes, so that look-up is an index seek from the first read, before any write.
 */
export const MERGED_INDEXES = [
  `CREATE INDEX merged_entity_id IF NOT EXISTS FOR (m:${MERGED_LABEL}) ON (m.id)`,
  `CREATE INDEX merged_entity_into IF NOT EXISTS FOR (m:${MERGED_LABEL}) ON (m.mergedInto)`,
];

/** Merges of merges are followed this far at most (a chain is one merge per step; real ones are short). */
const MAX_CHAIN = 32;

/**
 * The current entity a merged id stands for (following merges of merges), or null when `id` is not merged: the
 * one-id case of survivorsOf, so both send the same statement.
 */
export async function survivorOf(db: Database, id: string): Promise<string | null> {
  return (await survivorsOf(db, [id])).get(id) ?? null;
}

/** For each id, the ids merged into it, directly or through merges of merges, sorted. */
export async function mergedIdsOf(db: Database, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  // Each frontier id answers to the root it was reached from.
  let frontier = new Map<string, string>(ids.map((id) => [id, id]));
  for (let step = 0; step < MAX_CHAIN && frontier.size > 0; step++) {
    const rows = await db.read<{ id: string; into: string }>(
      `MATCH (m:${MERGED_LABEL}) WHERE m.mergedInto IN $ids RETURN m.id AS id, m.mergedInto AS into`,
      { ids: [...frontier.keys()] },
    );
    const next = new Map<string, string>();
    for (const r of rows) {
      const root = frontier.get(r.into);
      if (root === undefined) continue;
      out.get(root)!.push(r.id);
      next.set(r.id, root);
    }
    frontier = next;
  }
  for (const list of out.values()) list.sort();
  return out;
}

/**
 * For each of `ids` that is merged, the current entity it stands for (following merges of merges); ids that are
 * not merged are absent. One index seek per step of the longest chain, for all ids at once.
 */
export async function survivorsOf(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // Each id reached so far, with the ids asked for that lead to it.
  let frontier = new Map<string, string[]>([...new Set(ids)].map((id) => [id, [id]]));
  for (let step = 0; step < MAX_CHAIN && frontier.size > 0; step++) {
    const rows = await db.read<{ id: string; into: string | null }>(
      `MATCH (m:${MERGED_LABEL}) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into`,
      { ids: [...frontier.keys()] },
    );
    const next = new Map<string, string[]>();
    for (const r of rows) {
      if (!r.into) continue;
      const roots = frontier.get(r.id) ?? [];
      for (const root of roots) out.set(root, r.into);
      next.set(r.into, [...(next.get(r.into) ?? []), ...roots]);
    }
    frontier = next;
  }
  // A chain longer than MAX_CHAIN answers no survivor.
  for (const roots of frontier.values()) for (const root of roots) out.delete(root);
  return out;
}
