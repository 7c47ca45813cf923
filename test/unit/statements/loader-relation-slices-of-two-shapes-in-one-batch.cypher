# loader: relation slices of two shapes in one batch

UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
WITH n, key WHERE key.g = 0
RETURN {total: COUNT { (n)-[cr_3:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-() WHERE cr_3.retractedAt IS NULL },
page: COLLECT { MATCH (n)-[r_1:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]-(m_2)
WHERE r_1.retractedAt IS NULL AND (key.after IS NULL OR r_1.id > key.after)
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la0
RETURN {other: {e: m_2 {.*}}, rel: r_1 {.*, type: type(r_1), from: startNode(r_1).id, to: endNode(r_1).id}} }} AS slice
UNION ALL
WITH n, key WHERE key.g = 1
RETURN {total: COUNT { (n)-[cr_6:MEMBER_OF]->() WHERE cr_6.retractedAt IS NULL },
page: COLLECT { MATCH (n)-[r_4:MEMBER_OF]->(m_5)
WHERE r_4.retractedAt IS NULL AND (key.after IS NULL OR r_4.id > key.after)
WITH r_4, m_5 ORDER BY r_4.id LIMIT $la0
RETURN {other: {e: m_5 {.*}}, rel: r_4 {.*, type: type(r_4), from: startNode(r_4).id, to: endNode(r_4).id}} }} AS slice
}
RETURN key.i AS i, slice.total AS total, slice.page[0..key.limit] AS page
// $keys = [{"i":0,"g":0,"id":"org:icat","after":null,"limit":6},{"i":1,"g":1,"id":"org:osce","after":"MEMBER_OF:a","limit":501}]
// $la0 = 501
