# neighbourhood: a second page, with evidence and degree on the entities and edges, and the center
# # @compiled {"what":"neighbourhood: a second page, with evidence and degree on the entities and edges, and the center","variables":{},"roundTrips":1}
# query CompiledNeighbourhoodSecondPage {
# neighbourhood(id: "org:icat", depth: 1, first: 4, after: "WyJuYmg6b3JnOmljYXQ6MSIsNF0") {
# totalNodes
# pageInfo {
# hasNextPage
# hasPreviousPage
# startCursor
# endCursor
# }
# center {
# name
# evidence {
# id
# }
# degree
# }
# nodes {
# distance
# entity {
# id
# degree
# evidence {
# id
# excerpt
# }
# }
# }
# edges {
# id
# other {
# name
# }
# evidence {
# id
# excerpt
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (c:Entity {id: $la2})
OPTIONAL MATCH p = ANY SHORTEST (c)-[w:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-{1,1}(m:Entity)
WHERE m <> c
WITH c, m, length(p) AS distance ORDER BY distance, m.id
// Grouping by the center: no row at all when the id is unknown.
WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, distance: distance} END) AS xs
WITH c, size(xs) AS total, xs[$la3..$la4] AS shown
CALL (shown) {
UNWIND range(0, size(shown) - 1) AS at
WITH at, shown[at].m AS x, shown[at].distance AS distance ORDER BY at
RETURN collect({id: x.id, distance: distance, t: {e: x {.*}, ev: COLLECT { MATCH (x)-[l_8:EVIDENCED_BY]->(p_5:Passage)
WITH p_5, [i_6 IN range(0, size(coalesce(x.evidence, [])) - 1) WHERE x.evidence[i_6] = p_5.id][0] AS at_7
ORDER BY coalesce(at_7, 1000000), p_5.source, p_5.id
RETURN p_5 {.*} }, deg: COUNT { (x)-[dr_9:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}}) AS nodes
}
CALL (c, shown) {
WITH [c] + [y IN shown | y.m] AS ns
UNWIND ns AS a
MATCH (a)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity) WHERE b IN ns
WITH r ORDER BY r.id
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, ev: COLLECT { UNWIND coalesce(r.evidence, []) AS pid_1 MATCH (p_0:Passage {id: pid_1}) RETURN p_0 {.*} }}) AS edges
}
RETURN {e: c {.*}, ev: COLLECT { MATCH (c)-[l_13:EVIDENCED_BY]->(p_10:Passage)
WITH p_10, [i_11 IN range(0, size(coalesce(c.evidence, [])) - 1) WHERE c.evidence[i_11] = p_10.id][0] AS at_12
ORDER BY coalesce(at_12, 1000000), p_10.source, p_10.id
RETURN p_10 {.*} }, deg: COUNT { (c)-[dr_14:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }} AS center, total, nodes, edges
// $la2 = "org:icat"
// $la3 = 4
// $la4 = 8

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

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
// $la0 = "org:icat"
// $la1 = 4
// $la2 = 8

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]
