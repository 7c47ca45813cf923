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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, deg: COUNT { (n)-[dr_5:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la12 THEN {total: COUNT { (n)-[cr_11:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_8:PARTNER_OF]-(m_9)
WHERE ($la6 IS NULL OR r_8.id > $la6)
WITH r_8, m_9 ORDER BY r_8.id LIMIT $la7
RETURN {other: {e: m_9 {.id, .type, .name}, deg: COUNT { (m_9)-[dr_10:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, {total: COUNT { (n)-[cr_17:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->() },
page: COLLECT { MATCH (n)-[r_15:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(m_16)
WHERE ($la13 IS NULL OR r_15.id > $la13)
WITH r_15, m_16 ORDER BY r_15.id LIMIT $la14
RETURN {other: {e: m_16 {.id, .type, .name}}, rel: r_15 {.*, type: type(r_15), from: startNode(r_15).id, to: endNode(r_15).id}} }}, {total: COUNT { (n)-[cr_24:MEMBER_OF|CO_CHAIRED]-() },
page: COLLECT { MATCH (n)-[r_20:MEMBER_OF|CO_CHAIRED]-(m_21)
WHERE ($la18 IS NULL OR r_20.id > $la18)
WITH r_20, m_21 ORDER BY r_20.id LIMIT $la19
RETURN {other: {e: m_21 {.id, .type, .name}}, rel: r_20 {.*, type: type(r_20), from: startNode(r_20).id, to: endNode(r_20).id}, ev: COLLECT { UNWIND coalesce(r_20.evidence, []) AS pid_23 MATCH (p_22:Passage {id: pid_23}) RETURN p_22 {.*} }} }}, CASE WHEN n.type IN $la34 THEN {total: COUNT { (n)-[cr_33:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_27:MEMBER_OF]->(m_28)
WHERE ($la25 IS NULL OR r_27.id > $la25)
WITH r_27, m_28 ORDER BY r_27.id LIMIT $la26
RETURN {other: {e: m_28 {.id, .type, .name}, ev: COLLECT { MATCH (m_28)-[l_32:EVIDENCED_BY]->(p_29:Passage)
WITH p_29, [i_30 IN range(0, size(coalesce(m_28.evidence, [])) - 1) WHERE m_28.evidence[i_30] = p_29.id][0] AS at_31
ORDER BY coalesce(at_31, 1000000), p_29.source, p_29.id
RETURN p_29 {.*} }}} }} END, CASE WHEN n.type IN $la40 THEN {total: COUNT { (n)<-[cr_39:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_37:CO_CHAIRED]-(m_38)
WHERE ($la35 IS NULL OR r_37.id > $la35)
WITH r_37, m_38 ORDER BY r_37.id LIMIT $la36
RETURN {other: {e: m_38 {.id, .type, .name}}, rel: r_37 {.*, type: type(r_37), from: startNode(r_37).id, to: endNode(r_37).id}} }} END, CASE WHEN n.type IN $la46 THEN {total: COUNT { (n)<-[cr_45:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_43:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_44)
WHERE ($la41 IS NULL OR r_43.id > $la41)
WITH r_43, m_44 ORDER BY r_43.id LIMIT $la42
RETURN {other: {e: m_44 {.id, .type, .name}}, rel: r_43 {.*, type: type(r_43), from: startNode(r_43).id, to: endNode(r_43).id}} }} END]} AS t
// $la0 = "org:unodc"
// $la12 = ["ORGANISATION"]
// $la13 = null
// $la14 = 4
// $la18 = null
// $la19 = 3
// $la25 = null
// $la26 = 501
// $la34 = ["ORGANISATION"]
// $la35 = null
// $la36 = 501
// $la40 = ["ORGANISATION"]
// $la41 = null
// $la42 = 501
// $la46 = ["EVENT"]
// $la6 = null
// $la7 = 501

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:unodc"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:unodc"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:unodc"]
