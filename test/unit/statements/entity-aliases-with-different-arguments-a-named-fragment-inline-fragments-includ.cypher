# entity: aliases with different arguments, a named fragment, inline fragments, @include/@skip and variables
# query Q($id: ID!, $t: [RelationType!], $withEvidence: Boolean!, $skipDegree: Boolean!, $n: Int) {
# entity(id: $id) {
# ...Names
# degree @skip(if: $skipDegree)
# evidence @include(if: $withEvidence) { id }
# out: relations(direction: OUTGOING, first: $n) { edges { node { other { id } } } }
# typed: relations(types: $t, first: 2) { totalCount edges { node { id evidence { id } } } }
# ... on Organisation { memberOf { id evidence { id } } coChairs(year: 2019) { id } }
# ... on Event { participants { participant { id } } }
# }
# }
# fragment Names on Entity { id name ... on Organisation { acronym partners { name degree } } }
# variables: {"id":"org:unodc","t":["MEMBER_OF","CO_CHAIRED"],"withEvidence":true,"skipDegree":false,"n":3}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_4:PARTNER_OF]-(m_5)
WHERE $la6 IS NULL OR r_4.id > $la6
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la7
RETURN {other: {e: m_5 {.id, .type, .name}, deg: COUNT { (m_5)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->() },
page: COLLECT { MATCH (n)-[r_9:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(m_10)
WHERE $la11 IS NULL OR r_9.id > $la11
WITH r_9, m_10 ORDER BY r_9.id LIMIT $la12
RETURN {other: {e: m_10 {.id, .type, .name}}, rel: r_9 {.*, type: type(r_9), from: startNode(r_9).id, to: endNode(r_9).id}} }}, {total: COUNT { (n)-[:MEMBER_OF|CO_CHAIRED]-() },
page: COLLECT { MATCH (n)-[r_13:MEMBER_OF|CO_CHAIRED]-(m_14)
WHERE $la15 IS NULL OR r_13.id > $la15
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la18
RETURN {other: {e: m_14 {.id, .type, .name}}, rel: r_13 {.*, type: type(r_13), from: startNode(r_13).id, to: endNode(r_13).id}, ev: COLLECT { UNWIND coalesce(r_13.evidence, []) AS pid_17 MATCH (p_16:Passage {id: pid_17}) RETURN p_16 {.*} }} }}, CASE WHEN n.type IN $la26 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_19:MEMBER_OF]->(m_20)
WHERE $la21 IS NULL OR r_19.id > $la21
WITH r_19, m_20 ORDER BY r_19.id LIMIT $la25
RETURN {other: {e: m_20 {.id, .type, .name}, ev: COLLECT { MATCH (m_20)-[:EVIDENCED_BY]->(p_22:Passage)
WITH p_22, [i_23 IN range(0, size(coalesce(m_20.evidence, [])) - 1) WHERE m_20.evidence[i_23] = p_22.id][0] AS at_24
ORDER BY coalesce(at_24, 1000000), p_22.source, p_22.id
RETURN p_22 {.*} }}} }} END, CASE WHEN n.type IN $la31 THEN {total: COUNT { (n)<-[:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_27:CO_CHAIRED]-(m_28)
WHERE $la29 IS NULL OR r_27.id > $la29
WITH r_27, m_28 ORDER BY r_27.id LIMIT $la30
RETURN {other: {e: m_28 {.id, .type, .name}}, rel: r_27 {.*, type: type(r_27), from: startNode(r_27).id, to: endNode(r_27).id}} }} END, CASE WHEN n.type IN $la36 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_32:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_33)
WHERE $la34 IS NULL OR r_32.id > $la34
WITH r_32, m_33 ORDER BY r_32.id LIMIT $la35
RETURN {other: {e: m_33 {.id, .type, .name}}, rel: r_32 {.*, type: type(r_32), from: startNode(r_32).id, to: endNode(r_32).id}} }} END]} AS t
// $la0 = "org:unodc"
// $la11 = null
// $la12 = 4
// $la15 = null
// $la18 = 3
// $la21 = null
// $la25 = 501
// $la26 = ["ORGANISATION"]
// $la29 = null
// $la30 = 501
// $la31 = ["ORGANISATION"]
// $la34 = null
// $la35 = 501
// $la36 = ["EVENT"]
// $la6 = null
// $la7 = 501
// $la8 = ["ORGANISATION"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:unodc"]
