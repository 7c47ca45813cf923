# entity: relations connection with type, other and evidence, and totals
# # @compiled {"what":"entity: relations connection with type, other and evidence, and totals","variables":{},"roundTrips":1}
# query CompiledRelationsConnection {
# entity(id: "org:osce") {
# name
# relations(first: 5) {
# totalCount
# pageInfo {
# hasNextPage
# endCursor
# }
# edges {
# cursor
# node {
# id
# type
# direction
# year
# other {
# id
# name
# evidence {
# id
# }
# degree
# }
# from {
# id
# }
# to {
# id
# }
# evidence {
# id
# excerpt
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [{total: COUNT { (n)-[cr_12:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_3:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}, ev: COLLECT { MATCH (m_4)-[l_8:EVIDENCED_BY]->(p_5:Passage)
WITH p_5, [i_6 IN range(0, size(coalesce(m_4.evidence, [])) - 1) WHERE m_4.evidence[i_6] = p_5.id][0] AS at_7
ORDER BY coalesce(at_7, 1000000), p_5.source, p_5.id
RETURN p_5 {.*} }, deg: COUNT { (m_4)-[dr_9:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}, ev: COLLECT { UNWIND coalesce(r_3.evidence, []) AS pid_11 MATCH (p_10:Passage {id: pid_11}) RETURN p_10 {.*} }} }}]} AS t
// $la0 = "org:osce"
// $la1 = null
// $la2 = 6

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:osce"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:osce"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:osce"]
