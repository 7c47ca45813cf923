# search: hits with the entity's evidence, degree and a typed list
# { search(query: "osce", first: 5) { score matched entity { id name evidence { id } degree ... on Organisation { memberOf { name } } } } }
# variables: {}

## compiled
UNWIND range(0, size($clauses) - 1) AS i
CALL (i) {
UNWIND CASE WHEN $probes[i] IS NULL THEN [] ELSE [$probes[i]] END AS probe
CALL db.index.fulltext.queryNodes('entity_names', probe, {limit: 1}) YIELD node
RETURN count(node) AS near
}
WITH i, CASE WHEN $probes[i] IS NULL OR near > 0 THEN $clauses[i] ELSE $narrowed[i] END AS clause
ORDER BY i
WITH collect(clause) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
{limit: $limit}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
RETURN node {.*} AS e, score, {e: node {.*}, ev: COLLECT { MATCH (node)-[:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(node.evidence, [])) - 1) WHERE node.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, deg: COUNT { (node)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN node.type IN $la7 THEN {total: COUNT { (node)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (node)-[r_5:MEMBER_OF]->(m_6)
WHERE $la3 IS NULL OR r_5.id > $la3
WITH r_5, m_6 ORDER BY r_5.id LIMIT $la4
RETURN {other: {e: m_6 {.id, .type, .name}}} }} END]} AS t
// $clauses = ["(osce^4 OR osce*^2 OR osce~1)"]
// $first = 5
// $la3 = null
// $la4 = 501
// $la7 = ["ORGANISATION"]
// $limit = 50
// $narrowed = ["(osce^4 OR osce*^2 OR (name:osce~1 OR otherNamesText:osce~1))"]
// $probes = [null]
// $types = null

## ICAT_COMPILE=off
UNWIND range(0, size($clauses) - 1) AS i
CALL (i) {
UNWIND CASE WHEN $probes[i] IS NULL THEN [] ELSE [$probes[i]] END AS probe
CALL db.index.fulltext.queryNodes('entity_names', probe, {limit: 1}) YIELD node
RETURN count(node) AS near
}
WITH i, CASE WHEN $probes[i] IS NULL OR near > 0 THEN $clauses[i] ELSE $narrowed[i] END AS clause
ORDER BY i
WITH collect(clause) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
{limit: $limit}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
RETURN node {.*} AS e, score
// $clauses = ["(osce^4 OR osce*^2 OR osce~1)"]
// $first = 5
// $limit = 50
// $narrowed = ["(osce^4 OR osce*^2 OR (name:osce~1 OR otherNamesText:osce~1))"]
// $probes = [null]
// $types = null
