# loader: evidence of entities

UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:EVIDENCED_BY]->(p:Passage)
WITH id, p, [i IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i] = p.id][0] AS at
ORDER BY id, coalesce(at, 1000000), p.source, p.id
RETURN id, collect(p {.*}) AS ps
// $ids = ["org:icat","person:greminger"]
