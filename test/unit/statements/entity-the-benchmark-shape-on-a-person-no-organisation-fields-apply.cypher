# entity: the benchmark shape on a person (no Organisation fields apply)
# query Entity($id: ID!) {
# entity(id: $id) {
# id name type otherNames
# evidence { id section excerpt }
# ... on Organisation {
# acronym
# members { id name }
# memberOf { id name }
# partners { id name }
# people { role person { id name } }
# events { relationType role event { id name } }
# }
# }
# }
# variables: {"id":"person:greminger"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_4:MEMBER_OF]-(m_5)
WHERE $la6 IS NULL OR r_4.id > $la6
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la7
RETURN {other: {e: m_5 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la13 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_9:MEMBER_OF]->(m_10)
WHERE $la11 IS NULL OR r_9.id > $la11
WITH r_9, m_10 ORDER BY r_9.id LIMIT $la12
RETURN {other: {e: m_10 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la18 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_14:PARTNER_OF]-(m_15)
WHERE $la16 IS NULL OR r_14.id > $la16
WITH r_14, m_15 ORDER BY r_14.id LIMIT $la17
RETURN {other: {e: m_15 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la23 THEN {total: COUNT { (n)<-[:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_19:AFFILIATED_WITH]-(m_20)
WHERE $la21 IS NULL OR r_19.id > $la21
WITH r_19, m_20 ORDER BY r_19.id LIMIT $la22
RETURN {other: {e: m_20 {.id, .type, .name}}, rel: r_19 {.*, type: type(r_19), from: startNode(r_19).id, to: endNode(r_19).id}} }} END, CASE WHEN n.type IN $la28 THEN {total: COUNT { (n)-[:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_24:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_25)
WHERE $la26 IS NULL OR r_24.id > $la26
WITH r_24, m_25 ORDER BY r_24.id LIMIT $la27
RETURN {other: {e: m_25 {.id, .type, .name}}, rel: r_24 {.*, type: type(r_24), from: startNode(r_24).id, to: endNode(r_24).id}} }} END]} AS t
// $la0 = "person:greminger"
// $la11 = null
// $la12 = 501
// $la13 = ["ORGANISATION"]
// $la16 = null
// $la17 = 501
// $la18 = ["ORGANISATION"]
// $la21 = null
// $la22 = 501
// $la23 = ["ORGANISATION"]
// $la26 = null
// $la27 = 501
// $la28 = ["ORGANISATION"]
// $la6 = null
// $la7 = 501
// $la8 = ["ORGANISATION"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["person:greminger"]
