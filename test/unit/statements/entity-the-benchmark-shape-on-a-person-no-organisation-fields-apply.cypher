# entity: the benchmark shape on a person (no Organisation fields apply)
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
# variables: {"id":"person:greminger"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_6:MEMBER_OF]-(m_7)
WHERE $la4 IS NULL OR r_6.id > $la4
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la13 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_11:MEMBER_OF]->(m_12)
WHERE $la9 IS NULL OR r_11.id > $la9
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la10
RETURN {other: {e: m_12 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la18 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_16:PARTNER_OF]-(m_17)
WHERE $la14 IS NULL OR r_16.id > $la14
WITH r_16, m_17 ORDER BY r_16.id LIMIT $la15
RETURN {other: {e: m_17 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la23 THEN {total: COUNT { (n)<-[:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_21:AFFILIATED_WITH]-(m_22)
WHERE $la19 IS NULL OR r_21.id > $la19
WITH r_21, m_22 ORDER BY r_21.id LIMIT $la20
RETURN {other: {e: m_22 {.id, .type, .name}}, rel: r_21 {.*, type: type(r_21), from: startNode(r_21).id, to: endNode(r_21).id}} }} END, CASE WHEN n.type IN $la28 THEN {total: COUNT { (n)-[:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_26:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_27)
WHERE $la24 IS NULL OR r_26.id > $la24
WITH r_26, m_27 ORDER BY r_26.id LIMIT $la25
RETURN {other: {e: m_27 {.id, .type, .name}}, rel: r_26 {.*, type: type(r_26), from: startNode(r_26).id, to: endNode(r_26).id}} }} END]} AS t
// $la0 = "person:greminger"
// $la10 = 501
// $la13 = ["ORGANISATION"]
// $la14 = null
// $la15 = 501
// $la18 = ["ORGANISATION"]
// $la19 = null
// $la20 = 501
// $la23 = ["ORGANISATION"]
// $la24 = null
// $la25 = 501
// $la28 = ["ORGANISATION"]
// $la4 = null
// $la5 = 501
// $la8 = ["ORGANISATION"]
// $la9 = null

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["person:greminger"]
