# people, events, resolutions, briefs: nodes with degree, evidence and their typed lists
# { people(first: 5) { edges { node { name degree affiliations { organisation { name } evidence { id } } } } }
# events(first: 5, orderBy: DATE_ASC) { edges { node { name evidence { id } ... on Event { participants { participant { id } } } } } }
# resolutions(first: 3) { edges { node { name adoptedBy { name } } } }
# briefs(first: 3) { edges { node { name endorsements { by { name } } } } } }
# variables: {}

## compiled
CALL () { MATCH (n:Person) RETURN count(n) AS total }
CALL () {
MATCH (n:Person)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la6 THEN {total: COUNT { (n)-[:AFFILIATED_WITH]->() },
page: COLLECT { MATCH (n)-[r_0:AFFILIATED_WITH]->(m_1)
WHERE $la2 IS NULL OR r_0.id > $la2
WITH r_0, m_1 ORDER BY r_0.id LIMIT $la5
RETURN {other: {e: m_1 {.*}}, rel: r_0 {.*, type: type(r_0), from: startNode(r_0).id, to: endNode(r_0).id}, ev: COLLECT { UNWIND coalesce(r_0.evidence, []) AS pid_4 MATCH (p_3:Passage {id: pid_4}) RETURN p_3 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la2 = null
// $la5 = 501
// $la6 = ["PERSON"]
// $limit = 6

CALL () { MATCH (n:Event) RETURN count(n) AS total }
CALL () {
MATCH (n:Event)
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '9999-12-31') AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la7 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_3:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_4)
WHERE $la5 IS NULL OR r_3.id > $la5
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la6
RETURN {other: {e: m_4 {.*}}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la5 = null
// $la6 = 501
// $la7 = ["EVENT"]
// $limit = 6

CALL () { MATCH (n:Resolution) RETURN count(n) AS total }
CALL () {
MATCH (n:Resolution)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la4 THEN {total: COUNT { (n)<-[:ADOPTED]-() },
page: COLLECT { MATCH (n)<-[r_0:ADOPTED]-(m_1)
WHERE $la2 IS NULL OR r_0.id > $la2
WITH r_0, m_1 ORDER BY r_0.id LIMIT $la3
RETURN {other: {e: m_1 {.*}}, rel: r_0 {.*, type: type(r_0), from: startNode(r_0).id, to: endNode(r_0).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la2 = null
// $la3 = 501
// $la4 = ["RESOLUTION"]
// $limit = 4

CALL () { MATCH (n:Brief) RETURN count(n) AS total }
CALL () {
MATCH (n:Brief)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la4 THEN {total: COUNT { (n)<-[:ENDORSED]-() },
page: COLLECT { MATCH (n)<-[r_0:ENDORSED]-(m_1)
WHERE $la2 IS NULL OR r_0.id > $la2
WITH r_0, m_1 ORDER BY r_0.id LIMIT $la3
RETURN {other: {e: m_1 {.*}}, rel: r_0 {.*, type: type(r_0), from: startNode(r_0).id, to: endNode(r_0).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la2 = null
// $la3 = 501
// $la4 = ["BRIEF"]
// $limit = 4

## ICAT_COMPILE=off
CALL () { MATCH (n:Person) RETURN count(n) AS total }
CALL () {
MATCH (n:Person)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 6

CALL () { MATCH (n:Event) RETURN count(n) AS total }
CALL () {
MATCH (n:Event)
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '9999-12-31') AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 6

CALL () { MATCH (n:Resolution) RETURN count(n) AS total }
CALL () {
MATCH (n:Resolution)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 4

CALL () { MATCH (n:Brief) RETURN count(n) AS total }
CALL () {
MATCH (n:Brief)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 4
