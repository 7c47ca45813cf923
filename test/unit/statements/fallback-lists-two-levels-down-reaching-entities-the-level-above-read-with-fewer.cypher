# fallback lists two levels down, reaching entities the level above read with fewer properties (none leaks into the loaders)
# { entity(id: "org:unodc") { ... on Organisation { people { person { id
# ... on Person { affiliations { role person { name title role description otherNames } } } } } } } }
# variables: {}

## compiled
MATCH (n:Entity {id: $la0}) RETURN {e: n {.*}, s: [CASE WHEN n.type IN $la5 THEN {total: COUNT { (n)<-[:AFFILIATED_WITH]-() },
page: COLLECT { MATCH (n)<-[r_1:AFFILIATED_WITH]-(m_2)
WHERE $la3 IS NULL OR r_1.id > $la3
WITH r_1, m_2 ORDER BY r_1.id LIMIT $la4
RETURN {other: {e: m_2 {.id, .type, .name}}, rel: r_1 {.*, type: type(r_1), from: startNode(r_1).id, to: endNode(r_1).id}} }} END]} AS t
// $la0 = "org:unodc"
// $la3 = null
// $la4 = 501
// $la5 = ["ORGANISATION"]

## ICAT_COMPILE=off
UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e
// $ids = ["org:unodc"]
