import { ExpectedFailure } from '../errors.js';
import type { SeedGraph } from '../ingest/load.js';
import type { Reader } from './plan.js';
import { nextVersionHash } from './store.js';

/**
 * `npm run seed` over a curated graph: the seed writes the files' state, so it would undo every accepted change-set
 * the files do not hold. This finds them: of the change-sets whose work the graph holds (applied since the last seed,
 * walked back along the version chain of src/curation/store.ts nextVersionHash, or kept by that seed), the ones
 * whose entities or relations the files have otherwise than the graph has them now.
 */

export interface AppliedChangeSet {
  id: string;
  comment: string;
  reviewer: string | null;
  reviewedAt: string | null;
  /** The entities and relations it touched (from its diff). */
  targets: string[];
}

/**
 * The accepted change-sets whose work the graph of `dataset` holds, oldest first: those applied since it was last
 * seeded, and those an earlier seed from files that held them kept (the Dataset node's `heldChangeSets`).
 */
export async function changeSetsHeld(read: Reader, dataset: string): Promise<AppliedChangeSet[]> {
  const [d] = await read<{ hash: string | null; held: string[] }>(
    'MATCH (d:Dataset {name: $dataset}) RETURN d.contentHash AS hash, coalesce(d.heldChangeSets, []) AS held',
    { dataset },
  );
  if (!d?.hash) return [];
  const rows = await read<{
    id: string;
    comment: string;
    reviewer: string | null;
    reviewedAt: string | null;
    appliedVersion: string | null;
    diff: string[];
  }>(
    `MATCH (c:ChangeSet {state: 'ACCEPTED'})
     RETURN c.id AS id, c.comment AS comment, c.reviewer AS reviewer, toString(c.reviewedAt) AS reviewedAt,
            c.appliedVersion AS appliedVersion, coalesce(c.diff, []) AS diff
     ORDER BY c.reviewedAt, c.id`,
  );
  // The dataset's hash each one left (appliedVersion is "name=hash;…" over every dataset).
  const hashOf = (version: string | null) =>
    version
      ?.split(';')
      .find((v) => v.startsWith(`${dataset}=`))
      ?.slice(dataset.length + 1);
  const byHash = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const h = hashOf(r.appliedVersion);
    if (h) byHash.set(h, r);
  }
  const held = new Set(d.held);
  let current: string | undefined = d.hash;
  while (current !== undefined) {
    const cs = byHash.get(current);
    if (!cs || held.has(cs.id)) break;
    held.add(cs.id);
    const at: string = current;
    // The version before it is another change-set's (or else the seed's, where the walk ends).
    current = [...byHash.keys()].find((h) => nextVersionHash(h, cs.id) === at);
  }
  return rows
    .filter((r) => held.has(r.id))
    .map((r) => ({
      id: r.id,
      comment: r.comment,
      reviewer: r.reviewer,
      reviewedAt: r.reviewedAt,
      targets: targetsOf(r.diff),
    }));
}

/** The entity and relation ids a diff names ("+ entity org:x …", "- relation rel:… …", "+ evidence org:x …"). */
function targetsOf(diff: string[]): string[] {
  const ids = new Set<string>();
  for (const line of diff) {
    const m = /^[+-] (?:entity|relation|evidence) (\S+)/.exec(line);
    if (m?.[1]) ids.add(m[1]);
  }
  return [...ids].sort();
}

/** JSON with sorted keys, for comparing records. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** What a seed graph says about one entity or relation id (undefined: nothing), comparable across graphs. */
function factOf(g: SeedGraph, id: string): string | undefined {
  const e = g.entities.find((x) => x.id === id);
  if (e) return canonical({ label: e.label, props: e.props, passageIds: e.passageIds });
  const r = g.relations.find((x) => x.id === id);
  if (r) return canonical({ type: r.type, from: r.from, to: r.to, props: r.props });
  return undefined;
}

/** The change-sets whose work the files lack: a target the files have otherwise than the graph. */
export function lackedBy(files: SeedGraph, current: SeedGraph, sets: AppliedChangeSet[]): AppliedChangeSet[] {
  return sets.filter((cs) => cs.targets.some((id) => factOf(files, id) !== factOf(current, id)));
}

export class CurationWouldBeLost extends ExpectedFailure {
  override name = 'CurationWouldBeLost';
  constructor(
    readonly changeSets: AppliedChangeSet[],
    seedDir: string,
  ) {
    super(
      [
        `Refusing to seed: the graph holds ${changeSets.length} accepted change-set(s) that ${seedDir} lacks, and seeding would undo them:`,
        ...changeSets.map(
          (c) =>
            `  - ${c.id} "${c.comment}" (accepted ${c.reviewedAt ?? '?'} by ${c.reviewer ?? '?'}; touches ${c.targets.join(', ')})`,
        ),
        'Write the curated graph into the files first (npm run seed:export, then review and commit the diff),',
        'or seed anyway and lose them: npm run seed -- --discard-curation',
      ].join('\n'),
    );
  }
}

/**
 * Before a seed: refuses (CurationWouldBeLost) when it would undo accepted change-sets, unless `discard`. Returns
 * the change-sets it will undo, and those whose work the files hold (for writeSeed's `heldChangeSets`, so that a
 * later seed from other files still knows them). `current` renders the graph as a seed, asked only when needed.
 */
export async function guardSeed(
  read: Reader,
  files: SeedGraph,
  current: () => Promise<SeedGraph>,
  opts: { discard: boolean; seedDir: string },
): Promise<{ undone: AppliedChangeSet[]; held: string[] }> {
  const held = await changeSetsHeld(read, files.source.dataset);
  if (held.length === 0) return { undone: [], held: [] };
  const undone = lackedBy(files, await current(), held);
  if (undone.length > 0 && !opts.discard) throw new CurationWouldBeLost(undone, opts.seedDir);
  return { undone, held: held.filter((c) => !undone.includes(c)).map((c) => c.id) };
}
