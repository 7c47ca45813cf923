# search: hits with the entity's evidence, degree and a typed list
# # @compiled {"what":"search: hits with the entity's evidence, degree and a typed list","variables":{},"roundTrips":1}
# query CompiledSearch {
# search(query: "osce", first: 5) {
# score
# matched
# entity {
# id
# name
# evidence {
# id
# }
# degree
# ... on Organisation {
# memberOf {
# name
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (d:Dataset) WITH d ORDER BY d.name
WITH collect(d.name + '=' + d.contentHash) AS vs
RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v

MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.acronym AS acronym, coalesce(n.otherNames, []) AS otherNames

CALL () { MATCH (d:Dataset) WITH d ORDER BY d.name
WITH collect(d.name + '=' + d.contentHash) AS vs
RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v }
RETURN v AS version, COLLECT {
UNWIND $searchIds AS id
MATCH (node:Entity {id: id})
RETURN {e: node {.*}, t: {e: node {.*}, ev: COLLECT { MATCH (node)-[l_3:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(node.evidence, [])) - 1) WHERE node.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, deg: COUNT { (node)-[dr_4:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN node.type IN $la10 THEN {total: COUNT { (node)-[cr_9:MEMBER_OF]->() },
page: COLLECT { MATCH (node)-[r_7:MEMBER_OF]->(m_8)
WHERE ($la5 IS NULL OR r_7.id > $la5)
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}} }} END]}}
} AS hits
// $la10 = ["ORGANISATION"]
// $la5 = null
// $la6 = 501
// $searchIds = []

## ICAT_COMPILE=off
MATCH (d:Dataset) WITH d ORDER BY d.name
WITH collect(d.name + '=' + d.contentHash) AS vs
RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v

MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.acronym AS acronym, coalesce(n.otherNames, []) AS otherNames

CALL () { MATCH (d:Dataset) WITH d ORDER BY d.name
WITH collect(d.name + '=' + d.contentHash) AS vs
RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v }
RETURN v AS version, COLLECT {
UNWIND $searchIds AS id
MATCH (node:Entity {id: id})
RETURN {e: node {.*}}
} AS hits
// $searchIds = []
