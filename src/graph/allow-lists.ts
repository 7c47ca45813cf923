import { isEntityLabel, type EntityLabel } from '../model/entities.js';
import { isRelationType, RELATION_TYPES, type RelationTypeName } from '../model/relations.js';

/**
 * Labels and relationship types cannot be Cypher parameters, so the only ones that ever reach query text are
 * the model's constants, looked up from GraphQL enum values.
 */

export function relationTypes(requested: readonly string[] | null | undefined): RelationTypeName[] {
  const list = requested && requested.length > 0 ? requested : RELATION_TYPES;
  return list.map((t) => {
    if (!isRelationType(t)) throw new Error(`Relation type outside the allow-list: ${t}`);
    return t;
  });
}

/**
 * History keeps a retracted relation (and a retracted evidence link) under a type of its own, `RETRACTED_<type>`
 * (graph/fragments.ts `visible`): the live types then hold exactly the current graph, with no predicate to read.
 */
export const RETRACTED = 'RETRACTED_';

/** The type a retracted relation of `type` (or a retracted EVIDENCED_BY) is kept under. */
export function retractedType<T extends string>(type: T): `RETRACTED_${T}` {
  return `${RETRACTED}${type}`;
}

/** The relation type a stored relationship type stands for (its own, or the one it was retracted from). */
export function liveType(stored: string): string {
  return stored.startsWith(RETRACTED) ? stored.slice(RETRACTED.length) : stored;
}

/**
 * `:A|B|C` for a relationship pattern, from allow-listed types only; with `retracted`, each type's retracted
 * records too (`:A|RETRACTED_A|B|…`), for a read of the graph as it was.
 */
export function typePattern(types: readonly RelationTypeName[], retracted = false): string {
  const live = relationTypes(types);
  return `:${(retracted ? live.flatMap((t) => [t, retractedType(t)]) : live).join('|')}`;
}

export function label(l: string): EntityLabel {
  if (!isEntityLabel(l)) throw new Error(`Label outside the allow-list: ${l}`);
  return l;
}
