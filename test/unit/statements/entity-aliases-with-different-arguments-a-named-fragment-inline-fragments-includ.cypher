# entity: aliases with different arguments, a named fragment, inline fragments, @include/@skip and variables
# # @compiled {"what":"entity: aliases with different arguments, a named fragment, inline fragments, @include/@skip and variables","variables":{"id":"org:unodc","t":["MEMBER_OF","CO_CHAIRED"],"withEvidence":true,"skipDegree":false,"n":3},"roundTrips":1}
# query CompiledAliasesFragmentsDirectives(
# $id: ID!
# $t: [RelationType!]
# $withEvidence: Boolean!
# $skipDegree: Boolean!
# $n: Int
# ) {
# entity(id: $id) {
# ...Names
# degree @skip(if: $skipDegree)
# evidence @include(if: $withEvidence) {
# id
# }
# out: relations(direction: OUTGOING, first: $n) {
# edges {
# node {
# other {
# id
# }
# }
# }
# }
# typed: relations(types: $t, first: 2) {
# totalCount
# edges {
# node {
# id
# evidence {
# id
# }
# }
# }
# }
# ... on Organisation {
# memberOf {
# id
# evidence {
# id
# }
# }
# coChairs(year: 2019) {
# id
# }
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
# fragment Names on Entity {
# id
# name
# ... on Organisation {
# acronym
# partners {
# name
# degree
# }
# }
# }
# 
# variables: {"id":"org:unodc","t":["MEMBER_OF","CO_CHAIRED"],"withEvidence":true,"skipDegree":false,"n":3}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_6:PARTNER_OF]-(m_7)
WHERE $la4 IS NULL OR r_6.id > $la4
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la5
RETURN {other: {e: m_7 {.id, .type, .name}, deg: COUNT { (m_7)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->() },
page: COLLECT { MATCH (n)-[r_11:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(m_12)
WHERE $la9 IS NULL OR r_11.id > $la9
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la10
RETURN {other: {e: m_12 {.id, .type, .name}}, rel: r_11 {.*, type: type(r_11), from: startNode(r_11).id, to: endNode(r_11).id}} }}, {total: COUNT { (n)-[:MEMBER_OF|CO_CHAIRED]-() },
page: COLLECT { MATCH (n)-[r_15:MEMBER_OF|CO_CHAIRED]-(m_16)
WHERE $la13 IS NULL OR r_15.id > $la13
WITH r_15, m_16 ORDER BY r_15.id LIMIT $la14
RETURN {other: {e: m_16 {.id, .type, .name}}, rel: r_15 {.*, type: type(r_15), from: startNode(r_15).id, to: endNode(r_15).id}, ev: COLLECT { UNWIND coalesce(r_15.evidence, []) AS pid_18 MATCH (p_17:Passage {id: pid_18}) RETURN p_17 {.*} }} }}, CASE WHEN n.type IN $la26 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_21:MEMBER_OF]->(m_22)
WHERE $la19 IS NULL OR r_21.id > $la19
WITH r_21, m_22 ORDER BY r_21.id LIMIT $la20
RETURN {other: {e: m_22 {.id, .type, .name}, ev: COLLECT { MATCH (m_22)-[:EVIDENCED_BY]->(p_23:Passage)
WITH p_23, [i_24 IN range(0, size(coalesce(m_22.evidence, [])) - 1) WHERE m_22.evidence[i_24] = p_23.id][0] AS at_25
ORDER BY coalesce(at_25, 1000000), p_23.source, p_23.id
RETURN p_23 {.*} }}} }} END, CASE WHEN n.type IN $la31 THEN {total: COUNT { (n)<-[:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_29:CO_CHAIRED]-(m_30)
WHERE $la27 IS NULL OR r_29.id > $la27
WITH r_29, m_30 ORDER BY r_29.id LIMIT $la28
RETURN {other: {e: m_30 {.id, .type, .name}}, rel: r_29 {.*, type: type(r_29), from: startNode(r_29).id, to: endNode(r_29).id}} }} END, CASE WHEN n.type IN $la36 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_34:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_35)
WHERE $la32 IS NULL OR r_34.id > $la32
WITH r_34, m_35 ORDER BY r_34.id LIMIT $la33
RETURN {other: {e: m_35 {.id, .type, .name}}, rel: r_34 {.*, type: type(r_34), from: startNode(r_34).id, to: endNode(r_34).id}} }} END]} AS t
// $la0 = "org:unodc"
// $la10 = 4
// $la13 = null
// $la14 = 3
// $la19 = null
// $la20 = 501
// $la26 = ["ORGANISATION"]
// $la27 = null
// $la28 = 501
// $la31 = ["ORGANISATION"]
// $la32 = null
// $la33 = 501
// $la36 = ["EVENT"]
// $la4 = null
// $la5 = 501
// $la8 = ["ORGANISATION"]
// $la9 = null

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:unodc"]
