// Every commitment with its status: the stored status when there is one, otherwise the
// latest follow-up's relation, otherwise open.
MATCH (c:Commitment)
OPTIONAL MATCH (follow)-[f:FOLLOWS_UP]->(c)
WITH c, follow, f
ORDER BY follow.date DESC
WITH c, collect(coalesce(f.relation, follow.relation)) AS relations
RETURN c.text AS commitment, c.date AS made, c.due AS due,
       coalesce(c.status, CASE head(relations) WHEN 'progress' THEN 'in progress' ELSE head(relations) END, 'open') AS status
ORDER BY made, commitment
