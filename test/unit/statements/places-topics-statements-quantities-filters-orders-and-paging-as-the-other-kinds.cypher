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
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la4 THEN {total: COUNT { (n)-[:LOCATED_IN]->() },
page: COLLECT { MATCH (n)-[r_2:LOCATED_IN]->(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la9 THEN {total: COUNT { (n)<-[:HELD_IN]-() },
page: COLLECT { MATCH (n)<-[r_7:HELD_IN]-(m_8)
WHERE $la5 IS NULL OR r_7.id > $la5
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["CITY"]
// $la0 = null
// $la1 = 501
// $la4 = ["PLACE"]
// $la5 = null
// $la6 = 501
// $la9 = ["PLACE"]
// $limit = 4

CALL () { MATCH (n:Topic) RETURN count(n) AS total }
CALL () {
MATCH (n:Topic)
WITH n, n.sortName AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la4 THEN {total: COUNT { (n)<-[:ADDRESSES]-() },
page: COLLECT { MATCH (n)<-[r_2:ADDRESSES]-(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN total, page
// $afterId = null
// $afterKey = null
// $la0 = null
// $la1 = 501
// $la4 = ["TOPIC"]
// $limit = 3

MATCH (n:Statement) WHERE n.statementKind IN $in0 AND n.year >= $yearFrom
WITH collect(n) AS matched
CALL (matched) {
UNWIND matched AS n
WITH n, coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '0000-01-01') AS k
WHERE ($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))
ORDER BY k DESC, n.id ASC
LIMIT $limit
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} }, s: [CASE WHEN n.type IN $la7 THEN {total: COUNT { (n)<-[:ISSUED]-() },
page: COLLECT { MATCH (n)<-[r_5:ISSUED]-(m_6)
WHERE $la3 IS NULL OR r_5.id > $la3
WITH r_5, m_6 ORDER BY r_5.id LIMIT $la4
RETURN {other: {e: m_6 {.id, .type, .name}}} }} END, CASE WHEN n.type IN $la12 THEN {total: COUNT { (n)-[:ADDRESSES]->() },
page: COLLECT { MATCH (n)-[r_10:ADDRESSES]->(m_11)
WHERE $la8 IS NULL OR r_10.id > $la8
WITH r_10, m_11 ORDER BY r_10.id LIMIT $la9
RETURN {other: {e: m_11 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["RECOMMENDATION","CALL"]
// $la12 = ["STATEMENT"]
// $la3 = null
// $la4 = 501
// $la7 = ["STATEMENT"]
// $la8 = null
// $la9 = 501
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
RETURN collect({e: n {.*}, k: k, t: {e: n {.*}, s: [CASE WHEN n.type IN $la4 THEN {total: COUNT { (n)-[:QUANTIFIES]->() },
page: COLLECT { MATCH (n)-[r_2:QUANTIFIES]->(m_3)
WHERE $la0 IS NULL OR r_2.id > $la0
WITH r_2, m_3 ORDER BY r_2.id LIMIT $la1
RETURN {other: {e: m_3 {.id, .type, .name}}} }} END]}}) AS page
}
RETURN size(matched) AS total, page
// $afterId = null
// $afterKey = null
// $in0 = ["US_DOLLAR","ORGANISATIONS"]
// $la0 = null
// $la1 = 501
// $la4 = ["QUANTITY"]
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
