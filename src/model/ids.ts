import { createHash } from 'node:crypto';
import { ENTITY_KINDS, type EntityIdPrefix } from './entities.js';
import { isRelationType, type RelationTypeName } from './relations.js';
import { normalise } from './sources.js';

/**
 * The id scheme, written once. Entities: `<kind prefix>:<lower-case slug>` (`org:unodc`). Passages:
 * `passage:<16 hex>` from their source, section and normalised excerpt. Relations: `rel:<type in lower case>:<16 hex>`
 * from the fields that tell two relations apart; the type is in the id so that a look-up by id can name it and
 * use that type's index.
 */

const SLUG = '[a-z0-9]+(?:[-.][a-z0-9]+)*';

/** The ids of one entity kind. */
export function entityIdPattern(prefix: EntityIdPrefix): RegExp {
  return new RegExp(`^${prefix}:${SLUG}$`);
}

/** The ids of any entity kind. */
export const ENTITY_ID = new RegExp(`^(?:${ENTITY_KINDS.map((k) => k.idPrefix).join('|')}):${SLUG}$`);

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16);

/** A passage is its source, section and excerpt (and its offset, when the seed pins one). */
export function passageId(source: string, section: string, excerpt: string, offset?: number): string {
  const pinned = offset === undefined ? '' : `\n@${offset}`;
  return `passage:${hash(`${source}\n${section}\n${normalise(excerpt)}${pinned}`)}`;
}

export function isPassageId(id: string): boolean {
  return /^passage:[0-9a-z]+$/.test(id);
}

/** The fields that tell two relations apart (the rest — evidence, quote, until — describe one relation). */
export interface RelationKey {
  type: RelationTypeName;
  from: string;
  to: string;
  year?: number | null | undefined;
  role?: string | null | undefined;
  status?: string | null | undefined;
  since?: string | null | undefined;
  onBehalfOf?: string | null | undefined;
}

export function relationId(r: RelationKey): string {
  const key = [
    r.type,
    r.from,
    r.to,
    r.year ?? '',
    r.role ?? '',
    r.status ?? 'DONE',
    r.since ?? '',
    r.onBehalfOf ?? '',
  ];
  return `rel:${r.type.toLowerCase()}:${hash(key.join('|'))}`;
}

/** The relation type a relation id names, if it names an allowed one. */
export function relationTypeOfId(id: string): RelationTypeName | null {
  const type = /^rel:([a-z_]+):[0-9a-z]+$/.exec(id)?.[1]?.toUpperCase();
  return type !== undefined && isRelationType(type) ? type : null;
}

/** Sources: `source:<slug>`, named in their seed's source.yaml. */
export function isSourceId(id: string): boolean {
  return new RegExp(`^source:${SLUG}$`).test(id);
}
