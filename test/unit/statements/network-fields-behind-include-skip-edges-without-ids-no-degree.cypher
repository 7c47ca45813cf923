# network: fields behind @include/@skip, edges without ids, no degree
# # @compiled {"what":"network: fields behind @include/@skip, edges without ids, no degree","variables":{"d":false},"roundTrips":1}
# query CompiledNetworkDirectives($d: Boolean!) {
# network(relationTypes: [MEMBER_OF, PARTNER_OF]) {
# nodes {
# name
# degree @include(if: $d)
# category @skip(if: $d)
# }
# edges {
# type
# role
# assertion
# }
# }
# }
# 
# variables: {"d":false}

## compiled
MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.role, coalesce(r.assertion, 'STATED')]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, n.category]] AS nodes
// $entityTypes = null
// $year = null

## ICAT_COMPILE=off
MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE'), r.role, coalesce(r.assertion, 'STATED'), r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, coalesce(n.acronym, n.name), n.type, n.category]] AS nodes
// $entityTypes = null
// $year = null
