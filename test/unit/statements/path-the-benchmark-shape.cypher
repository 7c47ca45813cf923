# path: the benchmark shape
# # The benchmark's `path` (bench/ops.ts).
# # @hot
# # @compiled {"what":"path: the benchmark shape","variables":{"from":"person:greminger","to":"org:osce"},"roundTrips":1}
# query BenchPath($from: ID!, $to: ID!) {
# path(from: $from, to: $to, maxHops: 4) {
# length
# entities {
# id
# name
# type
# }
# steps {
# direction
# relation {
# id
# type
# year
# }
# }
# }
# }
# 
# variables: {"from":"person:greminger","to":"org:osce"}

## compiled
MATCH (a:Entity {id: $la0})
MATCH (b:Entity {id: $la1})
MATCH p = shortestPath((a)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
CALL (p) {
UNWIND range(0, length(p)) AS at
WITH at, nodes(p)[at] AS x ORDER BY at
RETURN collect({e: x {.*}}) AS es
}
CALL (p) {
UNWIND range(0, length(p) - 1) AS at
WITH at, relationships(p)[at] AS r ORDER BY at
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}}) AS rels
}
RETURN es, rels
// $la0 = "person:greminger"
// $la1 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["person:greminger","org:osce"]

## ICAT_COMPILE=off
MATCH (a:Entity {id: $la0})
MATCH (b:Entity {id: $la1})
MATCH p = shortestPath((a)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
CALL (p) {
UNWIND range(0, length(p)) AS at
WITH at, nodes(p)[at] AS x ORDER BY at
RETURN collect({e: x {.*}}) AS es
}
CALL (p) {
UNWIND range(0, length(p) - 1) AS at
WITH at, relationships(p)[at] AS r ORDER BY at
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}}) AS rels
}
RETURN es, rels
// $la0 = "person:greminger"
// $la1 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["person:greminger","org:osce"]
