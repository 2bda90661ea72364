// Everyone the Commissioner met more than once: people and organisations at two or more of
// the meetings a person titled Commissioner attended.
MATCH (commissioner:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other)
WHERE any(title IN coalesce(commissioner.titles, []) WHERE title CONTAINS 'Commissioner')
WITH commissioner, other, count(DISTINCT m) AS meetings
WHERE meetings > 1
RETURN commissioner.name AS commissioner, other.name AS met, meetings
ORDER BY meetings DESC, met
