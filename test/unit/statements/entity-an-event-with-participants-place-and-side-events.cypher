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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la12 THEN {total: COUNT { (n)<-[cr_11:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_7:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_8)
WHERE ($la5 IS NULL OR r_7.id > $la5)
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}, rel: r_7 {.*, type: type(r_7), from: startNode(r_7).id, to: endNode(r_7).id}, ev: COLLECT { UNWIND coalesce(r_7.evidence, []) AS pid_10 MATCH (p_9:Passage {id: pid_10}) RETURN p_9 {.*} }} }} END, CASE WHEN n.type IN $la18 THEN {total: COUNT { (n)-[cr_17:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_15:HELD_IN]->(m_16)
WHERE ($la13 IS NULL OR r_15.id > $la13)
WITH r_15, m_16 ORDER BY r_15.id LIMIT $la14
RETURN {other: {e: m_16 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la24 THEN {total: COUNT { (n)-[cr_23:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_21:ON_MARGINS_OF]->(m_22)
WHERE ($la19 IS NULL OR r_21.id > $la19)
WITH r_21, m_22 ORDER BY r_21.id LIMIT $la20
RETURN {other: {e: m_22 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la30 THEN {total: COUNT { (n)<-[cr_29:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_27:ON_MARGINS_OF]-(m_28)
WHERE ($la25 IS NULL OR r_27.id > $la25)
WITH r_27, m_28 ORDER BY r_27.id LIMIT $la26
RETURN {other: {e: m_28 {.id, .type, .name}}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la12 = ["EVENT"]
// $la13 = null
// $la14 = 501
// $la18 = ["EVENT"]
// $la19 = null
// $la20 = 501
// $la24 = ["EVENT"]
// $la25 = null
// $la26 = 501
// $la30 = ["EVENT"]
// $la5 = null
// $la6 = 501

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:unga74-icat-high-level-event"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:unga74-icat-high-level-event"]
