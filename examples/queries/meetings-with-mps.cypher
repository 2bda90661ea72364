// Meetings with Members of Parliament: every meeting a person titled MP attended.
MATCH (mp:Person)-[:ATTENDED]->(m:Meeting)
WHERE 'MP' IN coalesce(mp.titles, [])
RETURN m.title AS meeting, m.date AS date, collect(DISTINCT mp.name) AS members
ORDER BY date, meeting
