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
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[l_3:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la9 THEN {total: COUNT { (n)-[cr_8:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_6:MEMBER_OF]->(m_7)
WHERE ($la4 IS NULL OR r_6.id > $la4)
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la17 THEN {total: COUNT { (n)-[cr_16:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_12:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_13)
WHERE ($la10 IS NULL OR r_12.id > $la10)
WITH r_12, m_13 ORDER BY r_12.id LIMIT $la11
RETURN {other: {e: m_13 {.id, .type, .name}}, rel: r_12 {.*, type: type(r_12), from: startNode(r_12).id, to: endNode(r_12).id}, ev: COLLECT { UNWIND coalesce(r_12.evidence, []) AS pid_15 MATCH (p_14:Passage {id: pid_15}) RETURN p_14 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la10 = null
// $la11 = 6
// $la17 = ["ORGANISATION"]
// $la4 = null
// $la5 = 501
// $la9 = ["ORGANISATION"]
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
