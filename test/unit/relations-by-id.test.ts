import { describe, expect, it } from '@jest/globals';
import { relationsByIdStatement } from '../../src/graph/fragments.js';
import { RELATION_TYPES } from '../../src/model/relations.js';

/**
 * Relations by id (graph/fragments.ts): Neo4j's relationship indexes are per type, so each id is looked up under
 * the type it names (an untyped `r.id IN $ids` would read every relationship), one branch per type named, in the
 * model's order (ids naming the same types share one text: one plan in Neo4j's cache).
 */
describe('relationsByIdStatement', () => {
  const where = 'r.retractedAt IS NULL';

  it('looks each id up under the type it names, and drops ids that name none', () => {
    const s = relationsByIdStatement(
      ['rel:member_of:abc123', 'rel:funds:def456', 'org:icat', 'rel:no_such_type:1'],
      where,
      'RETURN r.id AS id',
    );
    expect(s?.params).toEqual({
      rows: [
        { id: 'rel:member_of:abc123', type: 'MEMBER_OF' },
        { id: 'rel:funds:def456', type: 'FUNDS' },
      ],
    });
    const branches = s!.cypher.replace(
      /^UNWIND \$rows AS row CALL \(row\) \{ (.*) \} RETURN r\.id AS id$/,
      '$1',
    );
    expect(branches.split(' UNION ALL ')).toEqual(
      RELATION_TYPES.filter((t) => t === 'MEMBER_OF' || t === 'FUNDS').map(
        (t) =>
          `WITH row WHERE row.type = '${t}' MATCH (:Entity)-[r:${t} {id: row.id}]->(:Entity) WHERE ${where} RETURN r`,
      ),
    );
  });

  it('has one text for the ids of the same types, in any order (one plan in the cache)', () => {
    const a = relationsByIdStatement(['rel:about:1', 'rel:funds:2', 'rel:about:4'], where, 'RETURN r');
    const b = relationsByIdStatement(['rel:funds:5', 'rel:about:3'], where, 'RETURN r');
    expect(a?.cypher).toBe(b?.cypher);
  });

  it('reads ids of one type with a plain seek of that type', () => {
    expect(relationsByIdStatement(['rel:funds:1', 'org:icat', 'rel:funds:2'], where, 'RETURN r')).toEqual({
      cypher: `MATCH (:Entity)-[r:FUNDS]->(:Entity) WHERE r.id IN $ids AND ${where} RETURN r`,
      params: { ids: ['rel:funds:1', 'rel:funds:2'] },
    });
  });

  it('is null when no id names a relation type (nothing could match; no statement is sent)', () => {
    expect(
      relationsByIdStatement(['org:icat', "rel:x'}) DETACH DELETE r //:1"], null, 'RETURN r'),
    ).toBeNull();
  });
});
