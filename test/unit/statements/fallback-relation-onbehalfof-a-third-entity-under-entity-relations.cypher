# fallback Relation.onBehalfOf (a third entity) under entity.relations
# # @fallback {"what":"Relation.onBehalfOf (a third entity) under entity.relations"}
# query FallbackOnBehalfOf {
# entity(id: "event:hrc41-side-event-technology") {
# name
# relations(first: 100) {
# edges {
# node {
# id
# onBehalfOf {
# id
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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [{total: COUNT { (n)-[cr_5:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_3:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}} }}]} AS t
// $la0 = "event:hrc41-side-event-technology"
// $la1 = null
// $la2 = 101

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:hrc41-side-event-technology"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:hrc41-side-event-technology"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:hrc41-side-event-technology"]
