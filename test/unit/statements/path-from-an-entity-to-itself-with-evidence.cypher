# path: from an entity to itself, with evidence
# # @compiled {"what":"path: from an entity to itself, with evidence","variables":{},"roundTrips":1}
# query CompiledPathToItself {
# path(from: "org:osce", to: "org:osce") {
# length
# entities {
# id
# evidence {
# id
# }
# }
# steps {
# evidence {
# id
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }} AS t
// $la0 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:osce"]

## ICAT_COMPILE=off
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}} AS t
// $la0 = "org:osce"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:osce"]
