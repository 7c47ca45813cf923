# people, events, resolutions, briefs: nodes with degree, evidence and their typed lists
# # @compiled {"what":"people, events, resolutions, briefs: nodes with degree, evidence and their typed lists","variables":{},"roundTrips":4}
# query CompiledOtherConnections {
# people(first: 5) {
# edges {
# node {
# name
# degree
# affiliations {
# organisation {
# name
# }
# evidence {
# id
# }
# }
# }
# }
# }
# events(first: 5, orderBy: DATE_ASC) {
# edges {
# node {
# name
# evidence {
# id
# }
# ... on Event {
# participants {
# participant {
# id
# }
# }
# }
# }
# }
# }
# resolutions(first: 3) {
# edges {
# node {
# name
# adoptedBy {
# name
# }
# }
# }
# }
# briefs(first: 3) {
# edges {
# node {
# name
# endorsements {
# by {
# name
# }
# }
# }
# }
# }
# }
# 
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
page: COLLECT { MATCH (n)-[r_2:AFFILIATED_WITH]->(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}, rel: r_2 {.*, type: type(r_2), from: startNode(r_2).id, to: endNode(r_2).id}, ev: COLLECT { UNWIND coalesce(r_2.evidence, []) AS pid_5 MATCH (p_4:Passage {id: pid_5}) RETURN p_4 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
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
page: COLLECT { MATCH (n)<-[r_5:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_6)
WHERE $la3 IS NULL OR r_5.id > $la3
WITH r_5, m_6 ORDER BY r_5.id LIMIT $la4
RETURN {other: {e: m_6 {.id, .type, .name}}, rel: r_5 {.*, type: type(r_5), from: startNode(r_5).id, to: endNode(r_5).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la3 = null
// $la4 = 501
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
page: COLLECT { MATCH (n)<-[r_2:ADOPTED]-(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
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
page: COLLECT { MATCH (n)<-[r_2:ENDORSED]-(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}, rel: r_2 {.*, type: type(r_2), from: startNode(r_2).id, to: endNode(r_2).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
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
