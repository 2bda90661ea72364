// Which organisations appear in the most documents.
MATCH (o:Organisation)-[:MENTIONED_IN]->(d:Document)
RETURN o.name AS organisation, count(DISTINCT d) AS documents
ORDER BY documents DESC, organisation
LIMIT 10
