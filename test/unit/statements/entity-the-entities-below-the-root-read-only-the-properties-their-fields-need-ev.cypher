# entity: the entities below the root read only the properties their fields need (every such field, every type)
# # @compiled {"what":"entity: the entities below the root read only the properties their fields need (every such field, every type)","variables":{"id":"org:icat"},"roundTrips":1}
# query CompiledAllProperties($id: ID!) {
# entity(id: $id) {
# ...All
# ... on Organisation {
# members {
# ...All
# }
# memberOf {
# ...All
# }
# partners {
# ...All
# }
# coChairs {
# ...All
# }
# coordinator {
# ...All
# }
# funders {
# ...All
# }
# people {
# role
# evidence {
# id
# url
# }
# person {
# ...All
# }
# organisation {
# id
# }
# }
# events {
# relationType
# role
# evidence {
# id
# }
# event {
# ...All
# }
# participant {
# name
# }
# }
# }
# ... on Event {
# participants {
# role
# participant {
# ...All
# }
# }
# place {
# ...All
# }
# sideEvents {
# ...All
# }
# }
# relations(first: 50) {
# edges {
# cursor
# node {
# id
# type
# direction
# year
# since {
# iso
# }
# until {
# iso
# }
# role
# status
# quote
# assertion
# note
# from {
# ...All
# }
# to {
# ...All
# }
# other {
# ...All
# }
# }
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
# variables: {"id":"org:icat"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_3:MEMBER_OF]-(m_4)
WHERE $la1 IS NULL OR r_3.id > $la1
WITH r_3, m_4 ORDER BY r_3.id LIMIT $la2
RETURN {other: {e: m_4 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_4)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_8:MEMBER_OF]->(m_9)
WHERE $la6 IS NULL OR r_8.id > $la6
WITH r_8, m_9 ORDER BY r_8.id LIMIT $la7
RETURN {other: {e: m_9 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_9)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_13:PARTNER_OF]-(m_14)
WHERE $la11 IS NULL OR r_13.id > $la11
WITH r_13, m_14 ORDER BY r_13.id LIMIT $la12
RETURN {other: {e: m_14 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_14)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_18:CO_CHAIRED]-(m_19)
WHERE $la16 IS NULL OR r_18.id > $la16
WITH r_18, m_19 ORDER BY r_18.id LIMIT $la17
RETURN {other: {e: m_19 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_19)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_18 {.*, type: type(r_18), from: startNode(r_18).id, to: endNode(r_18).id}} }} END, CASE WHEN n.type IN $la25 THEN {total: COUNT { (n)<-[:COORDINATES]-() },
page: COLLECT { MATCH (n)<-[r_23:COORDINATES]-(m_24)
WHERE $la21 IS NULL OR r_23.id > $la21
WITH r_23, m_24 ORDER BY r_23.id LIMIT $la22
RETURN {other: {e: m_24 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_24)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la30 THEN {total: COUNT { (n)<-[:FUNDS]-() },
page: COLLECT { MATCH (n)<-[r_28:FUNDS]-(m_29)
WHERE $la26 IS NULL OR r_28.id > $la26
WITH r_28, m_29 ORDER BY r_28.id LIMIT $la27
RETURN {other: {e: m_29 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_29)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la37 THEN {total: COUNT { (n)<-[:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_33:AFFILIATED_WITH]-(m_34)
WHERE $la31 IS NULL OR r_33.id > $la31
WITH r_33, m_34 ORDER BY r_33.id LIMIT $la32
RETURN {other: {e: m_34 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .role, .title}, deg: COUNT { (m_34)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_33 {.*, type: type(r_33), from: startNode(r_33).id, to: endNode(r_33).id}, ev: COLLECT { UNWIND coalesce(r_33.evidence, []) AS pid_36 MATCH (p_35:Passage {id: pid_36}) RETURN p_35 {.*} }} }} END, CASE WHEN n.type IN $la44 THEN {total: COUNT { (n)-[:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_40:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_41)
WHERE $la38 IS NULL OR r_40.id > $la38
WITH r_40, m_41 ORDER BY r_40.id LIMIT $la39
RETURN {other: {e: m_41 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_41)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_40 {.*, type: type(r_40), from: startNode(r_40).id, to: endNode(r_40).id}, ev: COLLECT { UNWIND coalesce(r_40.evidence, []) AS pid_43 MATCH (p_42:Passage {id: pid_43}) RETURN p_42 {.*} }} }} END, {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_47:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_48)
WHERE $la45 IS NULL OR r_47.id > $la45
WITH r_47, m_48 ORDER BY r_47.id LIMIT $la46
RETURN {other: {e: m_48 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_48)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_47 {.*, type: type(r_47), from: startNode(r_47).id, to: endNode(r_47).id}} }}, CASE WHEN n.type IN $la53 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_51:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_52)
WHERE $la49 IS NULL OR r_51.id > $la49
WITH r_51, m_52 ORDER BY r_51.id LIMIT $la50
RETURN {other: {e: m_52 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_52)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_51 {.*, type: type(r_51), from: startNode(r_51).id, to: endNode(r_51).id}} }} END, CASE WHEN n.type IN $la58 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_56:HELD_IN]->(m_57)
WHERE $la54 IS NULL OR r_56.id > $la54
WITH r_56, m_57 ORDER BY r_56.id LIMIT $la55
RETURN {other: {e: m_57 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_57)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la63 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_61:ON_MARGINS_OF]-(m_62)
WHERE $la59 IS NULL OR r_61.id > $la59
WITH r_61, m_62 ORDER BY r_61.id LIMIT $la60
RETURN {other: {e: m_62 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_62)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "org:icat"
// $la1 = null
// $la10 = ["ORGANISATION"]
// $la11 = null
// $la12 = 501
// $la15 = ["ORGANISATION"]
// $la16 = null
// $la17 = 501
// $la2 = 501
// $la20 = ["ORGANISATION"]
// $la21 = null
// $la22 = 501
// $la25 = ["ORGANISATION"]
// $la26 = null
// $la27 = 501
// $la30 = ["ORGANISATION"]
// $la31 = null
// $la32 = 501
// $la37 = ["ORGANISATION"]
// $la38 = null
// $la39 = 501
// $la44 = ["ORGANISATION"]
// $la45 = null
// $la46 = 51
// $la49 = null
// $la5 = ["ORGANISATION"]
// $la50 = 501
// $la53 = ["EVENT"]
// $la54 = null
// $la55 = 501
// $la58 = ["EVENT"]
// $la59 = null
// $la6 = null
// $la60 = 501
// $la63 = ["EVENT"]
// $la7 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]
