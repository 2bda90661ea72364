// Full-text search over node text and evidence, best matches first.
CALL docgraph.search('mobile technology') YIELD node, score
RETURN labels(node) AS labels, coalesce(node.name, node.title, node.text) AS text, score
LIMIT 10
