# places, topics, statements, quantities: filters, orders and paging as the other kinds, with typed lists
# # @compiled {"what":"places, topics, statements, quantities: filters, orders and paging as the other kinds, with typed lists","variables":{},"roundTrips":4}
# query CompiledKindConnections {
# places(first: 3, where: { placeType: [CITY] }) {
# totalCount
# pageInfo {
# hasNextPage
# endCursor
# }
# edges {
# cursor
# node {
# name
# ... on Place {
# placeType
# country {
# name
# }
# events {
# name
# }
# }
# }
# }
# }
# topics(first: 2, orderBy: NAME_DESC) {
# totalCount
# edges {
# node {
# name
# degree
# ... on Topic {
# addressedBy {
# id
# }
# }
# }
# }
# }
# statements(first: 3, where: { statementKind: [RECOMMENDATION, CALL], yearFrom: 2019 }, orderBy: DATE_DESC) {
# totalCount
# edges {
# node {
# name
# ... on Statement {
# statementKind
# status
# year
# issuers {
# name
# }
# topics {
# name
# }
# }
# evidence {
# id
# }
# }
# }
# }
# quantities(first: 3, where: { unit: [US_DOLLAR, ORGANISATIONS], yearTo: 2019 }) {
# totalCount
# edges {
# node {
# name
# ... on Quantity {
# amount
# unit
# counts
# quantifies {
# id
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Place) WHERE n.placeType IN $in0
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)-[cr_4:LOCATED_IN]->() },
page: COLLECT { MATCH (n)-[r_2:LOCATED_IN]->(m_3)
WHERE ($la0 IS NULL OR r_2.id > $la0)
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la11 THEN {total: COUNT { (n)<-[cr_10:HELD_IN]-() },
page: COLLECT { MATCH (n)<-[r_8:HELD_IN]-(m_9)
WHERE ($la6 IS NULL OR r_8.id > $la6)
WITH r_8, m_9 ORDER BY r_8.id LIMIT $la7
RETURN {other: {e: m_9 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["CITY"]
// $la0 = null
// $la1 = 501
// $la11 = ["PLACE"]
// $la5 = ["PLACE"]
// $la6 = null
// $la7 = 501
// $limit = 4

CALL () { MATCH (n:Topic) RETURN count(n) AS total }
CALL () {
MATCH (n:Topic)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, deg: COUNT { (n)-[dr_0:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la6 THEN {total: COUNT { (n)<-[cr_5:ADDRESSES]-() },
page: COLLECT { MATCH (n)<-[r_3:ADDRESSES]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la1 = null
// $la2 = 501
// $la6 = ["TOPIC"]
// $limit = 3

MATCH (n:Statement) WHERE n.statementKind IN $in0 AND n.year >= $yearFrom
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '0000-01-01') AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[l_3:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la9 THEN {total: COUNT { (n)<-[cr_8:ISSUED]-() },
page: COLLECT { MATCH (n)<-[r_6:ISSUED]-(m_7)
WHERE ($la4 IS NULL OR r_6.id > $la4)
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[cr_14:ADDRESSES]->() },
page: COLLECT { MATCH (n)-[r_12:ADDRESSES]->(m_13)
WHERE ($la10 IS NULL OR r_12.id > $la10)
WITH r_12, m_13 ORDER BY r_12.id LIMIT $la11
RETURN {other: {e: m_13 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["RECOMMENDATION","CALL"]
// $la10 = null
// $la11 = 501
// $la15 = ["STATEMENT"]
// $la4 = null
// $la5 = 501
// $la9 = ["STATEMENT"]
// $limit = 4
// $yearFrom = 2019

MATCH (n:Quantity) WHERE n.unit IN $in0 AND n.year <= $yearTo
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)-[cr_4:QUANTIFIES]->() },
page: COLLECT { MATCH (n)-[r_2:QUANTIFIES]->(m_3)
WHERE ($la0 IS NULL OR r_2.id > $la0)
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["US_DOLLAR","ORGANISATIONS"]
// $la0 = null
// $la1 = 501
// $la5 = ["QUANTITY"]
// $limit = 4
// $yearTo = 2019

## ICAT_COMPILE=off
MATCH (n:Place) WHERE n.placeType IN $in0
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["CITY"]
// $limit = 4

CALL () { MATCH (n:Topic) RETURN count(n) AS total }
CALL () {
MATCH (n:Topic)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $limit = 3

MATCH (n:Statement) WHERE n.statementKind IN $in0 AND n.year >= $yearFrom
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '0000-01-01') AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["RECOMMENDATION","CALL"]
// $limit = 4
// $yearFrom = 2019

MATCH (n:Quantity) WHERE n.unit IN $in0 AND n.year <= $yearTo
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k ASC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["US_DOLLAR","ORGANISATIONS"]
// $limit = 4
// $yearTo = 2019
