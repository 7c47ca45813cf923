# entity: the entities below the root read only the properties their fields need (every such field, every type)
# query Q($id: ID!) { entity(id: $id) { ...All
# ... on Organisation { members { ...All } memberOf { ...All } partners { ...All } coChairs { ...All }
# coordinator { ...All } funders { ...All } people { role evidence { id url } person { ...All } organisation { id } }
# events { relationType role evidence { id } event { ...All } participant { name } } }
# ... on Event { participants { role participant { ...All } } place { ...All } sideEvents { ...All } }
# relations(first: 50) { edges { cursor node { id type direction year since { iso } until { iso } role status quote
# assertion note from { ...All } to { ...All } other { ...All } } } } } }
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
# variables: {"id":"org:icat"}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, deg: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:MEMBER_OF]-() },
page: COLLECT { MATCH (n)<-[r_1:MEMBER_OF]-(m_2)
WHERE $la3 IS NULL OR r_1.id > $la3
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la4
RETURN {other: {e: m_2 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_2)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la10 THEN {total: COUNT { (n)-[:MEMBER_OF]->() },
page: COLLECT { MATCH (n)-[r_6:MEMBER_OF]->(m_7)
WHERE $la8 IS NULL OR r_6.id > $la8
WITH r_6, m_7 ORDER BY r_6.id LIMIT $la9
RETURN {other: {e: m_7 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_7)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la15 THEN {total: COUNT { (n)-[:PARTNER_OF]-() },
page: COLLECT { MATCH (n)-[r_11:PARTNER_OF]-(m_12)
WHERE $la13 IS NULL OR r_11.id > $la13
WITH r_11, m_12 ORDER BY r_11.id LIMIT $la14
RETURN {other: {e: m_12 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_12)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la20 THEN {total: COUNT { (n)<-[:CO_CHAIRED]-() },
page: COLLECT { MATCH (n)<-[r_16:CO_CHAIRED]-(m_17)
WHERE $la18 IS NULL OR r_16.id > $la18
WITH r_16, m_17 ORDER BY r_16.id LIMIT $la19
RETURN {other: {e: m_17 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_17)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_16 {.*, type: type(r_16), from: startNode(r_16).id, to: endNode(r_16).id}} }} END, CASE WHEN n.type IN $la25 THEN {total: COUNT { (n)<-[:COORDINATES]-() },
page: COLLECT { MATCH (n)<-[r_21:COORDINATES]-(m_22)
WHERE $la23 IS NULL OR r_21.id > $la23
WITH r_21, m_22 ORDER BY r_21.id LIMIT $la24
RETURN {other: {e: m_22 {.id, .type, .name, .acronym, .classification, .description, .inferredFields, .inferredNotes, .otherNames, .website}, deg: COUNT { (m_22)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la30 THEN {total: COUNT { (n)<-[:FUNDS]-() },
page: COLLECT { MATCH (n)<-[r_26:FUNDS]-(m_27)
WHERE $la28 IS NULL OR r_26.id > $la28
WITH r_26, m_27 ORDER BY r_26.id LIMIT $la29
RETURN {other: {e: m_27 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_27)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la37 THEN {total: COUNT { (n)<-[:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_31:AFFILIATED_WITH]-(m_32)
WHERE $la33 IS NULL OR r_31.id > $la33
WITH r_31, m_32 ORDER BY r_31.id LIMIT $la36
RETURN {other: {e: m_32 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .role, .title}, deg: COUNT { (m_32)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_31 {.*, type: type(r_31), from: startNode(r_31).id, to: endNode(r_31).id}, ev: COLLECT { UNWIND coalesce(r_31.evidence, []) AS pid_35 MATCH (p_34:Passage {id: pid_35}) RETURN p_34 {.*} }} }} END, CASE WHEN n.type IN $la44 THEN {total: COUNT { (n)-[:PARTICIPATED_IN|ORGANISED|HOSTED]->() },
page: COLLECT { MATCH (n)-[r_38:PARTICIPATED_IN|ORGANISED|HOSTED]->(m_39)
WHERE $la40 IS NULL OR r_38.id > $la40
WITH r_38, m_39 ORDER BY r_38.id LIMIT $la43
RETURN {other: {e: m_39 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_39)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_38 {.*, type: type(r_38), from: startNode(r_38).id, to: endNode(r_38).id}, ev: COLLECT { UNWIND coalesce(r_38.evidence, []) AS pid_42 MATCH (p_41:Passage {id: pid_42}) RETURN p_41 {.*} }} }} END, {total: COUNT { (n)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() },
page: COLLECT { MATCH (n)-[r_45:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_46)
WHERE $la47 IS NULL OR r_45.id > $la47
WITH r_45, m_46 ORDER BY r_45.id LIMIT $la48
RETURN {other: {e: m_46 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_46)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_45 {.*, type: type(r_45), from: startNode(r_45).id, to: endNode(r_45).id}} }}, CASE WHEN n.type IN $la53 THEN {total: COUNT { (n)<-[:PARTICIPATED_IN|ORGANISED|HOSTED]-() },
page: COLLECT { MATCH (n)<-[r_49:PARTICIPATED_IN|ORGANISED|HOSTED]-(m_50)
WHERE $la51 IS NULL OR r_49.id > $la51
WITH r_49, m_50 ORDER BY r_49.id LIMIT $la52
RETURN {other: {e: m_50 {.id, .type, .name, .acronym, .amount, .classification, .counts, .date, .description, .documentType, .endDate, .inferredFields, .inferredNotes, .instrument, .kind, .otherNames, .participantCount, .participantCountQualifier, .placeType, .qualifier, .role, .statementKind, .status, .symbol, .title, .unit, .url, .website, .year}, deg: COUNT { (m_50)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}, rel: r_49 {.*, type: type(r_49), from: startNode(r_49).id, to: endNode(r_49).id}} }} END, CASE WHEN n.type IN $la58 THEN {total: COUNT { (n)-[:HELD_IN]->() },
page: COLLECT { MATCH (n)-[r_54:HELD_IN]->(m_55)
WHERE $la56 IS NULL OR r_54.id > $la56
WITH r_54, m_55 ORDER BY r_54.id LIMIT $la57
RETURN {other: {e: m_55 {.id, .type, .name, .description, .inferredFields, .inferredNotes, .otherNames, .placeType}, deg: COUNT { (m_55)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END, CASE WHEN n.type IN $la63 THEN {total: COUNT { (n)<-[:ON_MARGINS_OF]-() },
page: COLLECT { MATCH (n)<-[r_59:ON_MARGINS_OF]-(m_60)
WHERE $la61 IS NULL OR r_59.id > $la61
WITH r_59, m_60 ORDER BY r_59.id LIMIT $la62
RETURN {other: {e: m_60 {.id, .type, .name, .date, .description, .endDate, .inferredFields, .inferredNotes, .kind, .otherNames, .participantCount, .participantCountQualifier, .status}, deg: COUNT { (m_60)-[:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() }}} }} END]} AS t
// $la0 = "org:icat"
// $la10 = ["ORGANISATION"]
// $la13 = null
// $la14 = 501
// $la15 = ["ORGANISATION"]
// $la18 = null
// $la19 = 501
// $la20 = ["ORGANISATION"]
// $la23 = null
// $la24 = 501
// $la25 = ["ORGANISATION"]
// $la28 = null
// $la29 = 501
// $la3 = null
// $la30 = ["ORGANISATION"]
// $la33 = null
// $la36 = 501
// $la37 = ["ORGANISATION"]
// $la4 = 501
// $la40 = null
// $la43 = 501
// $la44 = ["ORGANISATION"]
// $la47 = null
// $la48 = 51
// $la5 = ["ORGANISATION"]
// $la51 = null
// $la52 = 501
// $la53 = ["EVENT"]
// $la56 = null
// $la57 = 501
// $la58 = ["EVENT"]
// $la61 = null
// $la62 = 501
// $la63 = ["EVENT"]
// $la8 = null
// $la9 = 501

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:icat"]
