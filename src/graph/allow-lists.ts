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

/** `:A|B|C` for a relationship pattern, from allow-listed types only. */
export function typePattern(types: readonly RelationTypeName[]): string {
  return `:${relationTypes(types).join('|')}`;
}

export function label(l: string): EntityLabel {
  if (!isEntityLabel(l)) throw new Error(`Label outside the allow-list: ${l}`);
  return l;
}
