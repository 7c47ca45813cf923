# network: the benchmark shape (only the selected fields read; degrees counted)
# # The benchmark's `network` (bench/ops.ts).
# # @hot
# # @compiled {"what":"network: nodes with degree and edges (one statement already)","variables":{"year":2019},"roundTrips":1}
# # @compiled {"what":"network: the benchmark shape (only the selected fields read; degrees counted)","variables":{"year":2019},"roundTrips":1}
# query BenchNetwork($year: Int!) {
# network(relationTypes: [CO_CHAIRED, COORDINATES], year: $year) {
# nodes {
# id
# label
# type
# degree
# }
# edges {
# id
# source
# target
# type
# year
# status
# }
# }
# }
# 
# variables: {"year":2019}

## compiled
MATCH (a:Entity)-[r:CO_CHAIRED|COORDINATES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE')]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, coalesce(n.acronym, n.name), n.type]] AS nodes
// $entityTypes = null
// $year = 2019

## ICAT_COMPILE=off
MATCH (a:Entity)-[r:CO_CHAIRED|COORDINATES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE'), r.role, coalesce(r.assertion, 'STATED'), r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, coalesce(n.acronym, n.name), n.type, n.category]] AS nodes
// $entityTypes = null
// $year = 2019
