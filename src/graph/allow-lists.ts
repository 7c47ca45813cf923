import {
  ENTITY_LABELS,
  RELATION_TYPES,
  type EntityLabel,
  type RelationTypeName,
} from '../ingest/seed-schema.js';

/**
 * Labels and relationship types cannot be Cypher parameters, so the only ones that ever reach query text are
 * these constants, looked up from GraphQL enum values.
 */

export const LABEL_BY_TYPE: Record<string, EntityLabel> = {
  ORGANISATION: 'Organisation',
  PERSON: 'Person',
  EVENT: 'Event',
  RESOLUTION: 'Resolution',
  BRIEF: 'Brief',
  PLACE: 'Place',
};

const TYPES = new Set<string>(RELATION_TYPES);
const LABELS = new Set<string>(ENTITY_LABELS);

export function relationTypes(requested: readonly string[] | null | undefined): RelationTypeName[] {
  const list = requested && requested.length > 0 ? requested : RELATION_TYPES;
  return list.map((t) => {
    if (!TYPES.has(t)) throw new Error(`Relation type outside the allow-list: ${t}`);
    return t as RelationTypeName;
  });
}

/** `:A|B|C` for a relationship pattern, from allow-listed types only. */
export function typePattern(types: readonly RelationTypeName[]): string {
  return `:${relationTypes(types).join('|')}`;
}

export function label(l: string): EntityLabel {
  if (!LABELS.has(l)) throw new Error(`Label outside the allow-list: ${l}`);
  return l as EntityLabel;
}
