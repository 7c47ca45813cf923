# entity: an unknown id (its statement, then the merged-id look-up: was it merged?)
# # @compiled {"what":"entity: an unknown id (its statement, then the merged-id look-up: was it merged?)","variables":{},"roundTrips":2}
# query CompiledUnknownId {
# entity(id: "org:no-such-org") {
# name
# evidence {
# id
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
// $la0 = "org:no-such-org"

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:no-such-org"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:no-such-org"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:no-such-org"]
