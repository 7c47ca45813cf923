# entity: the same, on an event (participants, place, side events)
# query Q($id: ID!) { entity(id: $id) { ...All
# ... on Event { participants { role relationType participant { ...All } event { name } } place { ...All }
# onMarginsOf { ...All } sideEvents { ...All } } } }
# fragment All on Entity {
# __typename id name type otherNames description degree inferredProperties { field assertion note }
# ... on Organisation { acronym classification website }
# ... on Person { title role }
# ... on Event { kind date { iso precision earliest latest } endDate { iso } status participantCount participantCountQualifier }
# ... on Resolution { instrument symbol year }
# ... on Brief { documentType url }
# ... on Place { placeType }
# ... on Statement { statementKind }
# ... on Quantity { amount unit qualifier counts }
# }
# variables: {"id":"event:unga74-icat-high-level-event"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_1:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_2)
WHERE $la3 IS NULL OR r_1.id > $la3
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la4
RETURN {other: {e: m_2 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_2)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_1 {.*, type: type(r_1), from: startNode(r_1).id, to: endNode(r_1).id}} }} END, CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_6:HELD_IN]->(m_7)
WHERE $la8 IS NULL OR r_6.id > $la8
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la9
RETURN {other: {e: m_7 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_7)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:ON_MARGINS_OF]->() },
page: COLLECT { MATCH (n)-[r_11:ON_MARGINS_OF]->(m_12)
WHERE $la13 IS NULL OR r_11.id > $la13
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la14
RETURN {other: {e: m_12 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_12)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_16:ON_MARGINS_OF]-(m_17)
WHERE $la18 IS NULL OR r_16.id > $la18
WITH r_16, m_17 ORDER BY r_16.id LIMIT $la19
RETURN {other: {e: m_17 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_17)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "event:unga74-icat-high-level-event"
// $la10 = ["EVENT"]
// $la13 = null
// $la14 = 501
// $la15 = ["EVENT"]
// $la18 = null
// $la19 = 501
// $la20 = ["EVENT"]
// $la3 = null
// $la4 = 501
// $la5 = ["EVENT"]
// $la8 = null
// $la9 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["event:unga74-icat-high-level-event"]
