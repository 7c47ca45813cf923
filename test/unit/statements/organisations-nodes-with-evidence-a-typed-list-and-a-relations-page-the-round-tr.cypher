# organisations: nodes with evidence, a typed list and a relations page (the round-trip test of api.test.ts)
# { organisations(first: 50) { totalCount edges { cursor node { name evidence { excerpt } memberOf { name }
# relations(first: 5) { edges { node { type other { name } evidence { excerpt } } } } } } } }
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
page: COLLECT { MATCH (n)-[r_3:MEMBER_OF]->(m_4)
WHERE $la5 IS NULL OR r_3.id > $la5
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la6
RETURN {other: {e: m_4 {.*}}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}} }} END, CASE WHEN n.type IN $la14 THEN {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_8:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_9)
WHERE $la10 IS NULL OR r_8.id > $la10
WITH r_8, m_9 ORDER BY r_8.id LIMIT $la13
RETURN {other: {e: m_9 {.*}}, rel: r_8 {.*, type: type(r_8), from: startNode(r_8).id, to: endNode(r_8).id}, ev: COLLECT { UNWIND coalesce(r_8.evidence, []) AS pid_12 MATCH (p_11:Passage {id: pid_12}) RETURN p_11 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la10 = null
// $la13 = 6
// $la14 = ["ORGANISATION"]
// $la5 = null
// $la6 = 501
// $la7 = ["ORGANISATION"]
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
