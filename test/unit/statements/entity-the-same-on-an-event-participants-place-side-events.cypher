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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[dr_1:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[cr_7:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_4:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_5)
WHERE ($la2 IS NULL OR r_4.id > $la2)
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la3
RETURN {other: {e: m_5 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_5)-[dr_6:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_4 {.*, type: type(r_4), from: startNode(r_4).id, to: endNode(r_4).id}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[cr_14:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_11:HELD_IN]->(m_12)
WHERE ($la9 IS NULL OR r_11.id > $la9)
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la10
RETURN {other: {e: m_12 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_12)-[dr_13:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la22 THEN {total: COUNT { (n)-[cr_21:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_18:ON_MARGINS_OF]->(m_19)
WHERE ($la16 IS NULL OR r_18.id > $la16)
WITH r_18, m_19 ORDER BY r_18.id LIMIT $la17
RETURN {other: {e: m_19 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_19)-[dr_20:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la29 THEN {total: COUNT { (n)<-[cr_28:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_25:ON_MARGINS_OF]-(m_26)
WHERE ($la23 IS NULL OR r_25.id > $la23)
WITH r_25, m_26 ORDER BY r_25.id LIMIT $la24
RETURN {other: {e: m_26 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_26)-[dr_27:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la10 = 501
// $la15 = ["EVENT"]
// $la16 = null
// $la17 = 501
// $la2 = null
// $la22 = ["EVENT"]
// $la23 = null
// $la24 = 501
// $la29 = ["EVENT"]
// $la3 = 501
// $la8 = ["EVENT"]
// $la9 = null

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:unga74-icat-high-level-event"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["event:unga74-icat-high-level-event"]
