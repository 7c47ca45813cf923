# entity: an event with participants, place and side events
# { entity(id: "event:unga74-icat-high-level-event") { name evidence { id }
# ... on Event { participants { relationType role evidence { id } participant { id name } } place { name } onMarginsOf { name } sideEvents { name } } } }
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_4:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_5)
WHERE $la6 IS NULL OR r_4.id > $la6
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la9
RETURN {other: {e: m_5 {.id, .type, .name}}, rel: r_4 {.*, type: type(r_4), from: startNode(r_4).id, to: endNode(r_4).id}, ev: COLLECT { UNWIND coalesce(r_4.evidence, []) AS pid_8 MATCH (p_7:Passage {id: pid_8}) RETURN p_7 {.*} }} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_11:HELD_IN]->(m_12)
WHERE $la13 IS NULL OR r_11.id > $la13
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la14
RETURN {other: {e: m_12 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)-[:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_16:ON_MARGINS_OF]->(m_17)
WHERE $la18 IS NULL OR r_16.id > $la18
WITH r_16, m_17 ORDER BY r_16.id LIMIT $la19
RETURN {other: {e: m_17 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la25 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_21:ON_MARGINS_OF]-(m_22)
WHERE $la23 IS NULL OR r_21.id > $la23
WITH r_21, m_22 ORDER BY r_21.id LIMIT $la24
RETURN {other: {e: m_22 {.id, .type, .name}}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la10 = ["EVENT"]
// $la13 = null
// $la14 = 501
// $la15 = ["EVENT"]
// $la18 = null
// $la19 = 501
// $la20 = ["EVENT"]
// $la23 = null
// $la24 = 501
// $la25 = ["EVENT"]
// $la6 = null
// $la9 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]
