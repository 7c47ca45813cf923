# organisations: nodes with evidence, a typed list and a relations page (the round-trip test of api.test.ts)
# # @compiled {"what":"organisations: nodes with evidence, a typed list and a relations page (the round-trip test of api.test.ts)","variables":{},"roundTrips":1}
# query CompiledOrganisations {
# organisations(first: 50) {
# totalCount
# edges {
# cursor
# node {
# name
# evidence {
# excerpt
# }
# memberOf {
# name
# }
# relations(first: 5) {
# edges {
# node {
# type
# other {
# name
# }
# evidence {
# excerpt
# }
# }
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
CALL () { MATCH (n:Organisation) RETURN count(n) AS total }
CALL () {
MATCH (n:Organisation)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la7 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_5:MEMBER_OF]->(m_6)
WHERE $la3 IS NULL OR r_5.id > $la3
WITH r_5, m_6 ORDER BY r_5.id LIMIT $la4
RETURN {other: {e: m_6 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la14 THEN {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_10:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_11)
WHERE $la8 IS NULL OR r_10.id > $la8
WITH r_10, m_11 ORDER BY r_10.id LIMIT $la9
RETURN {other: {e: m_11 {.id, .type, .name}}, rel: r_10 {.*, type: type(r_10), from: startNode(r_10).id, to: endNode(r_10).id}, ev: COLLECT { UNWIND coalesce(r_10.evidence, []) AS pid_13 MATCH (p_12:Passage {id: pid_13}) RETURN p_12 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la14 = ["ORGANISATION"]
// $la3 = null
// $la4 = 501
// $la7 = ["ORGANISATION"]
// $la8 = null
// $la9 = 6
// $limit = 51

## ICAT_COMPILE=off
CALL () { MATCH (n:Organisation) RETURN count(n) AS total }
CALL () {
MATCH (n:Organisation)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 51
