# entity: the same, on an event (participants, place, side events)
# # @compiled {"what":"entity: the same, on an event (participants, place, side events)","variables":{"id":"event:unga74-icat-high-level-event"},"roundTrips":1}
# query CompiledEventAllProperties($id: ID!) {
# entity(id: $id) {
# ...All
# ... on Event {
# participants {
# role
# relationType
# participant {
# ...All
# }
# event {
# name
# }
# }
# place {
# ...All
# }
# onMarginsOf {
# ...All
# }
# sideEvents {
# ...All
# }
# }
# }
# }
# 
# fragment All on Entity {
# __typename
# id
# name
# type
# otherNames
# description
# degree
# inferredProperties {
# field
# assertion
# note
# }
# ... on Organisation {
# acronym
# classification
# website
# }
# ... on Person {
# title
# role
# }
# ... on Event {
# kind
# date {
# iso
# precision
# earliest
# latest
# }
# endDate {
# iso
# }
# status
# participantCount
# participantCountQualifier
# }
# ... on Resolution {
# instrument
# symbol
# year
# }
# ... on Brief {
# documentType
# url
# }
# ... on Place {
# placeType
# }
# ... on Statement {
# statementKind
# }
# ... on Quantity {
# amount
# unit
# qualifier
# counts
# }
# }
# 
# variables: {"id":"event:unga74-icat-high-level-event"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_3:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_4)
WHERE $la1 IS NULL OR r_3.id > $la1
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_4)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_3 {.*, type: type(r_3), from: startNode(r_3).id, to: endNode(r_3).id}} }} END, CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_8:HELD_IN]->(m_9)
WHERE $la6 IS NULL OR r_8.id > $la6
WITH r_8, m_9 ORDER BY r_8.id LIMIT $la7
RETURN {other: {e: m_9 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_9)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_13:ON_MARGINS_OF]->(m_14)
WHERE $la11 IS NULL OR r_13.id > $la11
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la12
RETURN {other: {e: m_14 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_14)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_18:ON_MARGINS_OF]-(m_19)
WHERE $la16 IS NULL OR r_18.id > $la16
WITH r_18, m_19 ORDER BY r_18.id LIMIT $la17
RETURN {other: {e: m_19 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_19)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la1 = null
// $la10 = ["EVENT"]
// $la11 = null
// $la12 = 501
// $la15 = ["EVENT"]
// $la16 = null
// $la17 = 501
// $la2 = 501
// $la20 = ["EVENT"]
// $la5 = ["EVENT"]
// $la6 = null
// $la7 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]
