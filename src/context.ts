import DataLoader from 'dataloader';
import { ANONYMOUS, type Authentication } from './auth/principal.js';
import type { Curation } from './curation/index.js';
import type { Database } from './db/database.js';
import { degreesByIds, entitiesByIds, passagesByIds } from './graph/entities.js';
import { mergedIdsOf } from './graph/merged.js';
import { relationsByIds, relationsOfMany, type RelationsKey } from './graph/relations.js';
import type {
  CompiledSlice,
  EntityRow,
  PassageFacts,
  PassageRow,
  RelationRow,
  SourceRow,
} from './graph/rows.js';
import { evidenceOfEntities, factsOfPassages, passagesOfSections, sourcesByIds } from './graph/sources.js';

/** Per-request state: the database (observed, to count round trips) and the DataLoaders that batch it. */

export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  passage: DataLoader<string, PassageRow | null>;
  relation: DataLoader<string, RelationRow | null>;
  degree: DataLoader<string, number>;
  relations: DataLoader<RelationsKey, CompiledSlice, string>;
  source: DataLoader<string, SourceRow | null>;
  /** An entity's evidence from every source (its EVIDENCED_BY links). */
  entityEvidence: DataLoader<string, PassageRow[]>;
  /** The passages of one section of one source, in order. */
  sectionPassages: DataLoader<{ source: string; name: string }, PassageRow[], string>;
  /** What a passage supports. */
  facts: DataLoader<string, PassageFacts>;
  /** The ids merged into each entity (graph/merged.ts). */
  mergedIds: DataLoader<string, string[]>;
}

export interface Context {
  db: Database;
  loaders: Loaders;
  /**
   * Whether root statements carry what the nested fields read (resolvers/selection.ts); off (ICAT_COMPILE=off),
   * the same root statements read the rows alone and every nested field goes through the loaders.
   */
  compile: boolean;
  /** Database round trips made so far by this request. */
  roundTrips: () => number;
  /**
   * The public error codes of the request's operations, added as each response is sent; the HTTP front decides
   * the status from them (http/status.ts). An object, so batched operations (each on a shallow copy) share it.
   */
  outcome: { errorCodes: string[] };
  /** Who is asking (auth/authenticate.ts); anonymous unless the HTTP front found credentials. */
  auth: Authentication;
  /** The request's id and Idempotency-Key header, for the audit log and retried proposals. */
  request: { id: string | undefined; idempotencyKey: string | undefined };
  /** The write path (audit log, limits); absent where nothing may be written (warm-up). */
  curation: Curation | undefined;
}

function byId<T>(load: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return async (ids: readonly string[]): Promise<Array<T | null>> => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  };
}

export interface ContextOptions {
  /** Nested needs in the root statements (config `ICAT_COMPILE`); on unless turned off. */
  compile?: boolean;
  auth?: Authentication;
  request?: Context['request'];
  curation?: Curation;
}

export function createContext(baseDb: Database, options: ContextOptions = {}): Context {
  let trips = 0;
  const db = baseDb.observe(() => {
    trips += 1;
  });
  const entity = new DataLoader(
    byId((ids) => entitiesByIds(db, ids)),
    { maxBatchSize: 1000 },
  );
  return {
    db,
    compile: options.compile ?? true,
    roundTrips: () => trips,
    outcome: { errorCodes: [] },
    auth: options.auth ?? { ok: true, principal: ANONYMOUS },
    request: options.request ?? { id: undefined, idempotencyKey: undefined },
    curation: options.curation,
    loaders: {
      entity,
      passage: new DataLoader(
        byId((ids) => passagesByIds(db, ids)),
        { maxBatchSize: 1000 },
      ),
      relation: new DataLoader(
        byId((ids) => relationsByIds(db, ids)),
        { maxBatchSize: 1000 },
      ),
      degree: new DataLoader(
        async (ids: readonly string[]) => {
          const found = await degreesByIds(db, ids);
          return ids.map((id) => found.get(id) ?? 0);
        },
        { maxBatchSize: 1000 },
      ),
      source: new DataLoader(byId((ids) => sourcesByIds(db, ids))),
      entityEvidence: new DataLoader(
        async (ids: readonly string[]) => {
          const found = await evidenceOfEntities(db, ids);
          return ids.map((id) => found.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      ),
      sectionPassages: new DataLoader((keys) => passagesOfSections(db, keys), {
        cacheKeyFn: (k) => `${k.source}\n${k.name}`,
      }),
      facts: new DataLoader(
        async (ids: readonly string[]) => {
          const found = await factsOfPassages(db, ids);
          return ids.map((id) => found.get(id) ?? { entities: [], relations: [] });
        },
        { maxBatchSize: 2000 },
      ),
      mergedIds: new DataLoader(
        async (ids: readonly string[]) => {
          const found = await mergedIdsOf(db, ids);
          return ids.map((id) => found.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      ),
      relations: new DataLoader(
        async (keys: readonly RelationsKey[]) => {
          const slices = await relationsOfMany(db, keys);
          // The other ends came with the relations: nested fields on them need no further query.
          for (const s of slices) for (const x of s.items) entity.prime(x.other.id, x.other);
          return slices;
        },
        {
          maxBatchSize: 500,
          cacheKeyFn: (k) => JSON.stringify([k.id, [...k.types].sort(), k.direction, k.first, k.after]),
        },
      ),
    },
  };
}
