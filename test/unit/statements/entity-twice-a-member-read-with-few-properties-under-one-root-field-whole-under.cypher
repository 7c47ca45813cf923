# entity twice: a member read with few properties under one root field, whole under another (answers only: each root reads its own statement; leaks into the loaders are the fallback case below)
# # @compiled {"what":"entity twice: a member read with few properties under one root field, whole under another (answers only: each root reads its own statement; leaks into the loaders are the fallback case below)","variables":{},"roundTrips":2}
# query CompiledEntityTwice {
# a: entity(id: "org:icat") {
# ... on Organisation {
# members {
# id
# }
# }
# }
# b: entity(id: "org:icmpd") {
# ...All
# ... on Organisation {
# memberOf {
# id
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
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la6 THEN {total: COUNT { (n)<-[cr_5:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_3:MEMBER_OF]-(m_4)
WHERE ($la1 IS NULL OR r_3.id > $la1)
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:icat"
// $la1 = null
// $la2 = 501
// $la6 = ["ORGANISATION"]

MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[dr_1:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la7 THEN {total: COUNT { (n)-[cr_6:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_4:MEMBER_OF]->(m_5)
WHERE ($la2 IS NULL OR r_4.id > $la2)
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la3
RETURN {other: {e: m_5 {.id, .type, .name}}} }} END]} AS t
// $la0 = "org:icmpd"
// $la2 = null
// $la3 = 501
// $la7 = ["ORGANISATION"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icmpd"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat","org:icmpd"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icmpd"]
