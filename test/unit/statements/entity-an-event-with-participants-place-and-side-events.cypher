# entity: an event with participants, place and side events
# # @compiled {"what":"entity: an event with participants, place and side events","variables":{},"roundTrips":1}
# query CompiledEventParticipants {
# entity(id: "event:unga74-icat-high-level-event") {
# name
# evidence {
# id
# }
# ... on Event {
# participants {
# relationType
# role
# evidence {
# id
# }
# participant {
# id
# name
# }
# }
# place {
# name
# }
# onMarginsOf {
# name
# }
# sideEvents {
# name
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_6:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_7)
WHERE $la4 IS NULL OR r_6.id > $la4
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}, rel: r_6 {.*, type: type(r_6), from: startNode(r_6).id, to: endNode(r_6).id}, ev: COLLECT { UNWIND coalesce(r_6.evidence, []) AS pid_9 MATCH (p_8:Passage {id: pid_9}) RETURN p_8 {.*} }} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_13:HELD_IN]->(m_14)
WHERE $la11 IS NULL OR r_13.id > $la11
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la12
RETURN {other: {e: m_14 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)-[:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_18:ON_MARGINS_OF]->(m_19)
WHERE $la16 IS NULL OR r_18.id > $la16
WITH r_18, m_19 ORDER BY r_18.id LIMIT $la17
RETURN {other: {e: m_19 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la25 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_23:ON_MARGINS_OF]-(m_24)
WHERE $la21 IS NULL OR r_23.id > $la21
WITH r_23, m_24 ORDER BY r_23.id LIMIT $la22
RETURN {other: {e: m_24 {.id, .type, .name}}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la10 = ["EVENT"]
// $la11 = null
// $la12 = 501
// $la15 = ["EVENT"]
// $la16 = null
// $la17 = 501
// $la20 = ["EVENT"]
// $la21 = null
// $la22 = 501
// $la25 = ["EVENT"]
// $la4 = null
// $la5 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]
