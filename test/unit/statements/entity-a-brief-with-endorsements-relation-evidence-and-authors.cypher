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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)<-[cr_9:AUTHORED]-() },
page: COLLECT { MATCH (n)<-[r_3:AUTHORED]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}, ev: COLLECT { MATCH (m_4)-[l_8:EVIDENCED_BY]->(p_5:Passage)
WITH p_5, [i_6 IN range(0, size(coalesce(m_4.evidence, [])) - 1) WHERE m_4.evidence[i_6] = p_5.id][0] AS at_7
ORDER BY coalesce(at_7, 1000000), p_5.source, p_5.id
RETURN p_5 {.*} }}} }} END, CASE WHEN n.type IN $la16 THEN {total: COUNT { (n)-[cr_15:SUBMITTED_TO]->() },
page: COLLECT { MATCH (n)-[r_13:SUBMITTED_TO]->(m_14)
WHERE ($la11 IS NULL OR r_13.id > $la11)
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la12
RETURN {other: {e: m_14 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la24 THEN {total: COUNT { (n)<-[cr_23:ENDORSED]-() },
page: COLLECT { MATCH (n)<-[r_19:ENDORSED]-(m_20)
WHERE ($la17 IS NULL OR r_19.id > $la17)
WITH r_19, m_20 ORDER BY r_19.id LIMIT $la18
RETURN {other: {e: m_20 {.id, .type, .name}}, rel: r_19 {.*, type: type(r_19), from: startNode(r_19).id, to: endNode(r_19).id}, ev: COLLECT { UNWIND coalesce(r_19.evidence, []) AS pid_22 MATCH (p_21:Passage {id: pid_22}) RETURN p_21 {.*} }} }} END]} AS t
// $la0 = "brief:issue-brief-technology-2019"
// $la1 = null
// $la10 = ["BRIEF"]
// $la11 = null
// $la12 = 501
// $la16 = ["BRIEF"]
// $la17 = null
// $la18 = 501
// $la2 = 501
// $la24 = ["BRIEF"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["brief:issue-brief-technology-2019"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["brief:issue-brief-technology-2019"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["brief:issue-brief-technology-2019"]
