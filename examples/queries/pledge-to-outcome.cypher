// The chain from a pledge to its outcome: who made each commitment, and the follow-ups
// (updates, decisions, meetings) that lead from it, in order.
MATCH (who)-[:MADE]->(c:Commitment)
OPTIONAL MATCH path = (c)<-[:FOLLOWS_UP*1..3]-(step)
RETURN who.name AS pledgedBy, c.text AS pledge,
       [n IN nodes(path) | coalesce(n.text, n.title, n.name)] AS chain,
       length(path) AS steps
ORDER BY pledge, steps
