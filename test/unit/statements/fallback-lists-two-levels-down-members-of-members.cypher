# fallback lists two levels down (members of members)
# { entity(id: "org:icat") { ... on Organisation { members { name ... on Organisation { members { name } } } } } }
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_1:MEMBER_OF]-(m_2)
WHERE $la3 IS NULL OR r_1.id > $la3
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la4
RETURN {other: {e: m_2 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:icat"
// $la3 = null
// $la4 = 501
// $la5 = ["ORGANISATION"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]
