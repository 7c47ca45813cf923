# entity: a brief with endorsements (relation evidence) and authors
# # @compiled {"what":"entity: a brief with endorsements (relation evidence) and authors","variables":{},"roundTrips":1}
# query CompiledBriefEndorsements {
# entity(id: "brief:issue-brief-technology-2019") {
# name
# ... on Brief {
# authors {
# id
# evidence {
# excerpt
# }
# }
# submittedTo {
# id
# }
# endorsements {
# quote
# by {
# id
# name
# }
# evidence {
# id
# excerpt
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[:AUTHORED]-() },
page: COLLECT { MATCH (n)<-[r_3:AUTHORED]-(m_4)
WHERE $la1 IS NULL OR r_3.id > $la1
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}, ev: COLLECT { MATCH (m_4)-[:EVIDENCED_BY]->(p_5:Passage)
WITH p_5, [i_6 IN range(0, size(coalesce(m_4.evidence, [])) - 1) WHERE m_4.evidence[i_6] = p_5.id][0] AS at_7
ORDER BY coalesce(at_7, 1000000), p_5.source, p_5.id
RETURN p_5 {.*} }}} }} END, CASE WHEN n.type IN $la13 THEN {total: COUNT { (n)-[:SUBMITTED_TO]->() },
page: COLLECT { MATCH (n)-[r_11:SUBMITTED_TO]->(m_12)
WHERE $la9 IS NULL OR r_11.id > $la9
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la10
RETURN {other: {e: m_12 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:ENDORSED]-() },
page: COLLECT { MATCH (n)<-[r_16:ENDORSED]-(m_17)
WHERE $la14 IS NULL OR r_16.id > $la14
WITH r_16, m_17 ORDER BY r_16.id LIMIT $la15
RETURN {other: {e: m_17 {.id, .type, .name}}, rel: r_16 {.*, type: type(r_16), from: startNode(r_16).id, to: endNode(r_16).id}, ev: COLLECT { UNWIND coalesce(r_16.evidence, []) AS pid_19 MATCH (p_18:Passage {id: pid_19}) RETURN p_18 {.*} }} }} END]} AS t
// $la0 = "brief:issue-brief-technology-2019"
// $la1 = null
// $la10 = 501
// $la13 = ["BRIEF"]
// $la14 = null
// $la15 = 501
// $la2 = 501
// $la20 = ["BRIEF"]
// $la8 = ["BRIEF"]
// $la9 = null

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["brief:issue-brief-technology-2019"]
