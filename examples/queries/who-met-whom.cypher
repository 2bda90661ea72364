// Who met whom: two people at the same meeting, with the meeting and its date.
MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
WHERE id(a) < id(b)
RETURN a.name AS person, b.name AS met, m.title AS meeting, m.date AS date
ORDER BY date, person, met
