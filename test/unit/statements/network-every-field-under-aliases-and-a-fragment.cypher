# network: every field, under aliases and a fragment
# # @compiled {"what":"network: every field, under aliases and a fragment","variables":{},"roundTrips":2}
# query CompiledNetworkEveryField {
# network {
# ...Named
# all: nodes {
# id
# label
# type
# category
# degree
# }
# edges {
# id
# source
# target
# type
# year
# status
# role
# assertion
# note
# }
# }
# n2: network(types: [ORGANISATION], year: 2019) {
# nodes {
# degree
# }
# edges {
# note
# source
# }
# }
# }
# fragment Named on Network {
# nodes {
# name
# }
# }
# 
# variables: {}

## compiled
MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE'), r.role, coalesce(r.assertion, 'STATED'), r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, coalesce(n.acronym, n.name), n.type, n.category]] AS nodes
// $entityTypes = null
// $year = null

MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id]] AS nodes
// $entityTypes = ["ORGANISATION"]
// $year = 2019

## ICAT_COMPILE=off
MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE'), r.role, coalesce(r.assertion, 'STATED'), r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, coalesce(n.acronym, n.name), n.type, n.category]] AS nodes
// $entityTypes = null
// $year = null

MATCH (a:Entity)-[r:MEMBER_OF|PARTNER_OF|CO_CHAIRED|ELECTED|COORDINATES|FUNDS|SUBMITTED_TO|AUTHORED|AFFILIATED_WITH|PARTICIPATED_IN|ORGANISED|HOSTED|HELD_IN|LOCATED_IN|ON_MARGINS_OF|ADOPTED|CALLS_UPON|MANDATES|PURSUANT_TO|ENDORSED|PART_OF|ESTABLISHED_UNDER|SUPPORTS|DISSEMINATED_TO|ENCOURAGES|INFORMS|COLLABORATES_WITH|LAUNCHED|ON_OCCASION_OF|ABOUT|ADDRESSES|ISSUED|ADDRESSED_TO|QUANTIFIES]->(b:Entity)
WHERE ($year IS NULL OR $year IN r.years)
AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE'), r.role, coalesce(r.assertion, 'STATED'), r.note]) AS edges,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND ends AS n
WITH edges, collect(DISTINCT n) AS ns
RETURN edges, [n IN ns | [n.id, n.name, coalesce(n.acronym, n.name), n.type, n.category]] AS nodes
// $entityTypes = ["ORGANISATION"]
// $year = 2019
