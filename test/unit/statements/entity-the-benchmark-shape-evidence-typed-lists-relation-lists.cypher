# entity: the benchmark shape (evidence, typed lists, relation lists)
# # The benchmark's `entity` (bench/ops.ts): an organisation with evidence, typed lists and relation lists.
# # @hot
# # @compiled {"what":"entity: the benchmark shape (evidence, typed lists, relation lists)","variables":{"id":"org:icat"},"roundTrips":1}
# # @compiled {"what":"entity: the benchmark shape on a person (no Organisation fields apply)","variables":{"id":"person:greminger"},"roundTrips":1}
# query BenchEntity($id: ID!) {
# entity(id: $id) {
# id
# name
# type
# otherNames
# evidence {
# id
# section
# excerpt
# }
# ... on Organisation {
# acronym
# members {
# id
# name
# }
# memberOf {
# id
# name
# }
# partners {
# id
# name
# }
# people {
# role
# person {
# id
# name
# }
# }
# events {
# relationType
# role
# event {
# id
# name
# }
# }
# }
# }
# }
# 
# variables: {"id":"org:icat"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)<-[cr_9:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_7:MEMBER_OF]-(m_8)
WHERE ($la5 IS NULL OR r_7.id > $la5)
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la16 THEN {total: COUNT { (n)-[cr_15:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_13:MEMBER_OF]->(m_14)
WHERE ($la11 IS NULL OR r_13.id > $la11)
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la12
RETURN {other: {e: m_14 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la22 THEN {total: COUNT { (n)-[cr_21:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_19:PARTNER_OF]-(m_20)
WHERE ($la17 IS NULL OR r_19.id > $la17)
WITH r_19, m_20 ORDER BY r_19.id LIMIT $la18
RETURN {other: {e: m_20 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la28 THEN {total: COUNT { (n)<-[cr_27:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_25:AFFILIATED_WITH]-(m_26)
WHERE ($la23 IS NULL OR r_25.id > $la23)
WITH r_25, m_26 ORDER BY r_25.id LIMIT $la24
RETURN {other: {e: m_26 {.id, .type, .name}}, rel: r_25 {.*, type: type(r_25), from: startNode(r_25).id, to: endNode(r_25).id}} }} END, CASE WHEN n.type IN $la34 THEN {total: COUNT { (n)-[cr_33:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_31:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_32)
WHERE ($la29 IS NULL OR r_31.id > $la29)
WITH r_31, m_32 ORDER BY r_31.id LIMIT $la30
RETURN {other: {e: m_32 {.id, .type, .name}}, rel: r_31 {.*, type: type(r_31), from: startNode(r_31).id, to: endNode(r_31).id}} }} END]} AS t
// $la0 = "org:icat"
// $la10 = ["ORGANISATION"]
// $la11 = null
// $la12 = 501
// $la16 = ["ORGANISATION"]
// $la17 = null
// $la18 = 501
// $la22 = ["ORGANISATION"]
// $la23 = null
// $la24 = 501
// $la28 = ["ORGANISATION"]
// $la29 = null
// $la30 = 501
// $la34 = ["ORGANISATION"]
// $la5 = null
// $la6 = 501

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]
