# path: steps with relation evidence, entities with evidence and degree
# # @compiled {"what":"path: steps with relation evidence, entities with evidence and degree","variables":{},"roundTrips":1}
# query CompiledPathEvidence {
# path(from: "org:equality-now", to: "org:osce") {
# length
# entities {
# id
# evidence {
# id
# }
# degree
# }
# steps {
# from {
# id
# }
# entity {
# name
# }
# evidence {
# id
# excerpt
# }
# relation {
# id
# from {
# id
# }
# other {
# id
# }
# evidence {
# id
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (a:Entity {id: $la2})
MATCH (b:Entity {id: $la3})
MATCH p = shortestPath((a)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
CALL (p) {
UNWIND range(0, length(p)) AS at
WITH at, nodes(p)[at] AS x ORDER BY at
RETURN collect({e: x {.*}, ev: COLLECT { MATCH (x)-[l_7:EVIDENCED_BY]->(p_4:Passage)
WITH p_4, [i_5 IN range(0, size(coalesce(x.evidence, [])) - 1) WHERE x.evidence[i_5] = p_4.id][0] AS at_6
ORDER BY coalesce(at_6, 1000000), p_4.source, p_4.id
RETURN p_4 {.*} }, deg: COUNT { (x)-[dr_8:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}) AS es
}
CALL (p) {
UNWIND range(0, length(p) - 1) AS at
WITH at, relationships(p)[at] AS r ORDER BY at
RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, ev: COLLECT { UNWIND coalesce(r.evidence, []) AS pid_1 MATCH (p_0:Passage {id: pid_1}) RETURN p_0 {.*} }}) AS rels
}
RETURN es, rels
// $la2 = "org:equality-now"
// $la3 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:equality-now","org:osce"]

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
// $la0 = "org:equality-now"
// $la1 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:equality-now","org:osce"]
