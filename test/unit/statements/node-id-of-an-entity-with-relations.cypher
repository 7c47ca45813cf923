# node(id) of an entity, with relations
# # @compiled {"what":"node(id) of an entity, with relations","variables":{},"roundTrips":1}
# query CompiledNode {
# node(id: "org:icat") {
# id
# ... on Organisation {
# name
# evidence {
# id
# }
# relations(first: 3) {
# edges {
# node {
# other {
# id
# }
# }
# }
# }
# }
# }
# }
# 
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, ev: COLLECT { MATCH (n)-[l_4:EVIDENCED_BY]->(p_1:Passage)
WITH p_1, [i_2 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_2] = p_1.id][0] AS at_3
ORDER BY coalesce(at_3, 1000000), p_1.source, p_1.id
RETURN p_1 {.*} }, s: [CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)-[cr_9:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_7:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_8)
WHERE ($la5 IS NULL OR r_7.id > $la5)
WITH r_7, m_8 ORDER BY r_7.id LIMIT $la6
RETURN {other: {e: m_8 {.id, .type, .name}}, rel: r_7 {.*, type: type(r_7), from: startNode(r_7).id, to: endNode(r_7).id}} }} END]} AS t
// $la0 = "org:icat"
// $la10 = ["ORGANISATION"]
// $la5 = null
// $la6 = 4

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]
