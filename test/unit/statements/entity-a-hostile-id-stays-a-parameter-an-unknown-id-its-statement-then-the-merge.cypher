# entity: a hostile id stays a parameter (an unknown id: its statement, then the merged-id look-up)
# # @compiled {"what":"entity: a hostile id stays a parameter (an unknown id: its statement, then the merged-id look-up)","variables":{"id":"org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"},"roundTrips":2}
# query CompiledHostileId($id: ID!) {
# entity(id: $id) {
# name
# evidence {
# id
# }
# ... on Organisation {
# members {
# id
# }
# }
# }
# }
# 
# variables: {"id":"org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)<-[cr_9:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_7:MEMBER_OF]-(m_8)
WHERE ($la5 IS NULL OR r_7.id > $la5)
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"
// $la10 = ["ORGANISATION"]
// $la5 = null
// $la6 = 501

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"]
