# loader: evidence of entities

UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COLLECT { MATCH (n)-[l_3:EVIDENCED_BY]->(p_0:Passage)
WITH p_0, [i_1 IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i_1] = p_0.id][0] AS at_2
ORDER BY coalesce(at_2, 1000000), p_0.source, p_0.id
RETURN p_0 {.*} } AS ps
// $ids = ["org:icat","person:greminger"]
