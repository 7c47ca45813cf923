# fallback lists two levels down (members of members)
# # @fallback {"what":"lists two levels down (members of members)"}
# query FallbackMembersOfMembers {
# entity(id: "org:icat") {
# ... on Organisation {
# members {
# name
# ... on Organisation {
# members {
# name
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la6 THEN {total: COUNT { (n)<-[cr_5:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_3:MEMBER_OF]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:icat"
// $la1 = null
// $la2 = 501
// $la6 = ["ORGANISATION"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]
