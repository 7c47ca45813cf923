# neighbourhood: an unknown center (its statement, then the merged-id look-up: was it merged?)
# # @compiled {"what":"neighbourhood: an unknown center (its statement, then the merged-id look-up: was it merged?)","variables":{},"roundTrips":2}
# query CompiledNeighbourhoodUnknownCenter {
# neighbourhood(id: "org:nobody") {
# totalNodes
# edges {
# id
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (c:Entity {id: $la0})
OPTIONAL MATCH p = ANY SHORTEST (c)-[w:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-{1,1}(m:Entity)
WHERE m <> c
WITH c, m, length(p) AS distance ORDER BY distance, m.id
// Grouping by the center: no row at all when the id is unknown.
WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, distance: distance} END) AS xs
WITH c, size(xs) AS total, xs[$la1..$la2] AS shown
CALL (shown) {
UNWIND range(0, size(shown) - 1) AS at
WITH at, shown[at].m AS x, shown[at].distance AS distance ORDER BY at
RETURN collect({id: x.id, distance: distance, t: {e: x {.*}}}) AS nodes
}
CALL (c, shown) {
WITH [c] + [y IN shown | y.m] AS ns
UNWIND ns AS a
MATCH (a)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity) WHERE b IN ns
WITH r ORDER BY r.id
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}}) AS edges
}
RETURN {e: c {.*}} AS center, total, nodes, edges
// $la0 = "org:nobody"
// $la1 = 0
// $la2 = 50

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:nobody"]

## ICAT_COMPILE=off
MATCH (c:Entity {id: $la0})
OPTIONAL MATCH p = ANY SHORTEST (c)-[w:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-{1,1}(m:Entity)
WHERE m <> c
WITH c, m, length(p) AS distance ORDER BY distance, m.id
// Grouping by the center: no row at all when the id is unknown.
WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, distance: distance} END) AS xs
WITH c, size(xs) AS total, xs[$la1..$la2] AS shown
CALL (shown) {
UNWIND range(0, size(shown) - 1) AS at
WITH at, shown[at].m AS x, shown[at].distance AS distance ORDER BY at
RETURN collect({id: x.id, distance: distance, t: {e: x {.*}}}) AS nodes
}
CALL (c, shown) {
WITH [c] + [y IN shown | y.m] AS ns
UNWIND ns AS a
MATCH (a)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity) WHERE b IN ns
WITH r ORDER BY r.id
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}}) AS edges
}
RETURN {e: c {.*}} AS center, total, nodes, edges
// $la0 = "org:nobody"
// $la1 = 0
// $la2 = 50

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:nobody"]
