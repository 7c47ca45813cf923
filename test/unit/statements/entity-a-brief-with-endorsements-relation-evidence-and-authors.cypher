# entity: a brief with endorsements (relation evidence) and authors
# { entity(id: "brief:issue-brief-technology-2019") { name
# ... on Brief { authors { id evidence { excerpt } } submittedTo { id } endorsements { quote by { id name } evidence { id excerpt } } } } }
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[:AUTHORED]-() },
page: COLLECT { MATCH (n)<-[r_1:AUTHORED]-(m_2)
WHERE $la3 IS NULL OR r_1.id > $la3
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la7
RETURN {other: {e: m_2 {.id, .type, .name}, ev: COLLECT { MATCH (m_2)-[:EVIDENCED_BY]->(p_4:Passage)
WITH p_4, [i_5 IN range(0, size(coalesce(m_2.evidence, [])) - 1) WHERE m_2.evidence[i_5] = p_4.id][0] AS at_6
ORDER BY coalesce(at_6, 1000000), p_4.source, p_4.id
RETURN p_4 {.*} }}} }} END, CASE WHEN n.type IN $la13 THEN {total: COUNT { (n)-[:SUBMITTED_TO]->() },
page: COLLECT { MATCH (n)-[r_9:SUBMITTED_TO]->(m_10)
WHERE $la11 IS NULL OR r_9.id > $la11
WITH r_9, m_10 ORDER BY r_9.id LIMIT $la12
RETURN {other: {e: m_10 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:ENDORSED]-() },
page: COLLECT { MATCH (n)<-[r_14:ENDORSED]-(m_15)
WHERE $la16 IS NULL OR r_14.id > $la16
WITH r_14, m_15 ORDER BY r_14.id LIMIT $la19
RETURN {other: {e: m_15 {.id, .type, .name}}, rel: r_14 {.*, type: type(r_14), from: startNode(r_14).id, to: endNode(r_14).id}, ev: COLLECT { UNWIND coalesce(r_14.evidence, []) AS pid_18 MATCH (p_17:Passage {id: pid_18}) RETURN p_17 {.*} }} }} END]} AS t
// $la0 = "brief:issue-brief-technology-2019"
// $la11 = null
// $la12 = 501
// $la13 = ["BRIEF"]
// $la16 = null
// $la19 = 501
// $la20 = ["BRIEF"]
// $la3 = null
// $la7 = 501
// $la8 = ["BRIEF"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["brief:issue-brief-technology-2019"]
