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
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[dr_1:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la8 THEN {total: COUNT { (n)<-[cr_7:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_4:MEMBER_OF]-(m_5)
WHERE ($la2 IS NULL OR r_4.id > $la2)
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la3
RETURN {other: {e: m_5 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_5)-[dr_6:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[cr_14:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_11:MEMBER_OF]->(m_12)
WHERE ($la9 IS NULL OR r_11.id > $la9)
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la10
RETURN {other: {e: m_12 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_12)-[dr_13:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la22 THEN {total: COUNT { (n)-[cr_21:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_18:PARTNER_OF]-(m_19)
WHERE ($la16 IS NULL OR r_18.id > $la16)
WITH r_18, m_19 ORDER BY r_18.id LIMIT $la17
RETURN {other: {e: m_19 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_19)-[dr_20:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la29 THEN {total: COUNT { (n)<-[cr_28:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_25:CO_CHAIRED]-(m_26)
WHERE ($la23 IS NULL OR r_25.id > $la23)
WITH r_25, m_26 ORDER BY r_25.id LIMIT $la24
RETURN {other: {e: m_26 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_26)-[dr_27:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_25 {.*, type: type(r_25), from: startNode(r_25).id, to: endNode(r_25).id}} }} END, CASE WHEN n.type IN $la36 THEN {total: COUNT { (n)<-[cr_35:COORDINATES]-() },
page: COLLECT { MATCH (n)<-[r_32:COORDINATES]-(m_33)
WHERE ($la30 IS NULL OR r_32.id > $la30)
WITH r_32, m_33 ORDER BY r_32.id LIMIT $la31
RETURN {other: {e: m_33 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_33)-[dr_34:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la43 THEN {total: COUNT { (n)<-[cr_42:FUNDS]-() },
page: COLLECT { MATCH (n)<-[r_39:FUNDS]-(m_40)
WHERE ($la37 IS NULL OR r_39.id > $la37)
WITH r_39, m_40 ORDER BY r_39.id LIMIT $la38
RETURN {other: {e: m_40 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_40)-[dr_41:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la52 THEN {total: COUNT { (n)<-[cr_51:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_46:AFFILIATED_WITH]-(m_47)
WHERE ($la44 IS NULL OR r_46.id > $la44)
WITH r_46, m_47 ORDER BY r_46.id LIMIT $la45
RETURN {other: {e: m_47 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .role, .title}, deg: COUNT { (m_47)-[dr_48:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_46 {.*, type: type(r_46), from: startNode(r_46).id, to: endNode(r_46).id}, ev: COLLECT { UNWIND coalesce(r_46.evidence, []) AS pid_50 MATCH (p_49:Passage {id: pid_50}) RETURN p_49 {.*} }} }} END, CASE WHEN n.type IN $la61 THEN {total: COUNT { (n)-[cr_60:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_55:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_56)
WHERE ($la53 IS NULL OR r_55.id > $la53)
WITH r_55, m_56 ORDER BY r_55.id LIMIT $la54
RETURN {other: {e: m_56 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_56)-[dr_57:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_55 {.*, type: type(r_55), from: startNode(r_55).id, to: endNode(r_55).id}, ev: COLLECT { UNWIND coalesce(r_55.evidence, []) AS pid_59 MATCH (p_58:Passage {id: pid_59}) RETURN p_58 {.*} }} }} END, {total: COUNT { (n)-[cr_67:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_64:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_65)
WHERE ($la62 IS NULL OR r_64.id > $la62)
WITH r_64, m_65 ORDER BY r_64.id LIMIT $la63
RETURN {other: {e: m_65 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_65)-[dr_66:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_64 {.*, type: type(r_64), from: startNode(r_64).id, to: endNode(r_64).id}} }}, CASE WHEN n.type IN $la74 THEN {total: COUNT { (n)<-[cr_73:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_70:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_71)
WHERE ($la68 IS NULL OR r_70.id > $la68)
WITH r_70, m_71 ORDER BY r_70.id LIMIT $la69
RETURN {other: {e: m_71 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_71)-[dr_72:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_70 {.*, type: type(r_70), from: startNode(r_70).id, to: endNode(r_70).id}} }} END, CASE WHEN n.type IN $la81 THEN {total: COUNT { (n)-[cr_80:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_77:HELD_IN]->(m_78)
WHERE ($la75 IS NULL OR r_77.id > $la75)
WITH r_77, m_78 ORDER BY r_77.id LIMIT $la76
RETURN {other: {e: m_78 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_78)-[dr_79:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la88 THEN {total: COUNT { (n)<-[cr_87:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_84:ON_MARGINS_OF]-(m_85)
WHERE ($la82 IS NULL OR r_84.id > $la82)
WITH r_84, m_85 ORDER BY r_84.id LIMIT $la83
RETURN {other: {e: m_85 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_85)-[dr_86:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "org:icat"
// $la10 = 501
// $la15 = ["ORGANISATION"]
// $la16 = null
// $la17 = 501
// $la2 = null
// $la22 = ["ORGANISATION"]
// $la23 = null
// $la24 = 501
// $la29 = ["ORGANISATION"]
// $la3 = 501
// $la30 = null
// $la31 = 501
// $la36 = ["ORGANISATION"]
// $la37 = null
// $la38 = 501
// $la43 = ["ORGANISATION"]
// $la44 = null
// $la45 = 501
// $la52 = ["ORGANISATION"]
// $la53 = null
// $la54 = 501
// $la61 = ["ORGANISATION"]
// $la62 = null
// $la63 = 51
// $la68 = null
// $la69 = 501
// $la74 = ["EVENT"]
// $la75 = null
// $la76 = 501
// $la8 = ["ORGANISATION"]
// $la81 = ["EVENT"]
// $la82 = null
// $la83 = 501
// $la88 = ["EVENT"]
// $la9 = null

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]

MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into
// $ids = ["org:icat"]
