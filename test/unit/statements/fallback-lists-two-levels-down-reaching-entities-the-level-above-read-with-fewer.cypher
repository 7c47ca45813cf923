# fallback lists two levels down, reaching entities the level above read with fewer properties (none leaks into the loaders)
# # @fallback {"what":"lists two levels down, reaching entities the level above read with fewer properties (none leaks into the loaders)"}
# query FallbackTwoLevelsAffiliations {
# entity(id: "org:unodc") {
# ... on Organisation {
# people {
# person {
# id
# ... on Person {
# affiliations {
# role
# person {
# name
# title
# role
# description
# otherNames
# }
# }
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la6 THEN {total: COUNT { (n)<-[cr_5:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_3:AFFILIATED_WITH]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}} }} END]} AS t
// $la0 = "org:unodc"
// $la1 = null
// $la2 = 501
// $la6 = ["ORGANISATION"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:unodc"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:unodc"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:unodc"]
