# entity: a hostile id stays a parameter (an unknown id, one statement)
# # @compiled {"what":"entity: a hostile id stays a parameter (an unknown id, one statement)","variables":{"id":"org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"},"roundTrips":1}
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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_6:MEMBER_OF]-(m_7)
WHERE $la4 IS NULL OR r_6.id > $la4
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"
// $la4 = null
// $la5 = 501
// $la8 = ["ORGANISATION"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //"]
