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
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, deg: COUNT { (n)-[dr_0:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)-[cr_7:AFFILIATED_WITH]->() },
page: COLLECT { MATCH (n)-[r_3:AFFILIATED_WITH]->(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}, ev: COLLECT { UNWIND coalesce(r_3.evidence, []) AS pid_6 MATCH (p_5:Passage {id: pid_6}) RETURN p_5 {.*} }} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la1 = null
// $la2 = 501
// $la8 = ["PERSON"]
// $limit = 6

CALL () { MATCH (n:Event) RETURN count(n) AS total }
CALL () {
MATCH (n:Event)
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '9999-12-31') AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[l_3:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la9 THEN {total: COUNT { (n)<-[cr_8:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_6:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_7)
WHERE ($la4 IS NULL OR r_6.id > $la4)
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}, rel: r_6 {.*, type: type(r_6), from: startNode(r_6).id, to: endNode(r_6).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la4 = null
// $la5 = 501
// $la9 = ["EVENT"]
// $limit = 6

CALL () { MATCH (n:Resolution) RETURN count(n) AS total }
CALL () {
MATCH (n:Resolution)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[cr_4:ADOPTED]-() },
page: COLLECT { MATCH (n)<-[r_2:ADOPTED]-(m_3)
WHERE ($la0 IS NULL OR r_2.id > $la0)
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
// $la5 = ["RESOLUTION"]
// $limit = 4

CALL () { MATCH (n:Brief) RETURN count(n) AS total }
CALL () {
MATCH (n:Brief)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[cr_4:ENDORSED]-() },
page: COLLECT { MATCH (n)<-[r_2:ENDORSED]-(m_3)
WHERE ($la0 IS NULL OR r_2.id > $la0)
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}, rel: r_2 {.*, type: type(r_2), from: startNode(r_2).id, to: endNode(r_2).id}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
// $la5 = ["BRIEF"]
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
