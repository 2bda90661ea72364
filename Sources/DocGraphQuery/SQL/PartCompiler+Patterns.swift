extension PartCompiler {
    /// Compiles pattern parts: new nodes and relationships join the `node` and `relationship`
    /// tables; bound variables constrain them. Adds the pattern's variables to `scope`.
    /// `anchor` is the relation the pattern's bound variables come from (for starting
    /// variable-length searches only from those nodes).
    mutating func compilePattern(_ parts: [PatternPart], scope: inout CompilerScope, anchor: RowLayout?) throws(QueryError) -> PatternSQL {
        var pattern = PatternSQL()
        for part in parts {
            let nodes = part.element.nodes
            // A part that has a node already bound or found through a property index starts
            // there; otherwise its first labelled node is offered as a start (its label joined).
            // Every other label is checked for the node reached, never joined: joined, SQLite
            // may read every node of that label to build a filter.
            var startOffered = nodes.contains { node in
                seeksByProperty(node) || node.variable.map { scope[$0.name] != nil } == true
            }
            func offersStart(_ node: NodePattern) -> Bool {
                guard !startOffered, !node.labels.isEmpty else { return false }
                startOffered = true
                return true
            }
            var nodeIDs = [try nodeID(nodes[0], joiningLabel: offersStart(nodes[0]), scope: &scope, pattern: &pattern)]
            var path = "cy_path_start(\(nodeIDs[0]))"
            for (index, step) in part.element.steps.enumerated() {
                let left = nodeIDs[index]
                if let length = step.relationship.length {
                    // A walk from nodes already narrowed is read after them, and its far node
                    // after it; a walk from every node of a label is left to the planner.
                    let narrowed = (anchor.map { left.contains($0.relation + ".") } ?? false)
                        || nodes[index].properties.map(Self.isConstantMap) == true
                    var far = PatternSQL()
                    let right = try nodeID(nodes[index + 1], joiningLabel: narrowed ? false : offersStart(nodes[index + 1]),
                                           scope: &scope, pattern: &far)
                    let hop = try variableLength(step.relationship, length, from: left, to: right, leftNode: nodes[index],
                                                 readAfterStart: narrowed, scope: &scope, pattern: &pattern, anchor: anchor)
                    pattern.append(far, readAfterEarlier: narrowed)
                    nodeIDs.append(right)
                    path = "cy_path_var(\(path), \(hop).rels, \(hop).nodes)"
                } else {
                    let rightNode = nodes[index + 1]
                    let joiningLabel = offersStart(rightNode)
                    let relationship: String
                    let right: String
                    if !joiningLabel, rightNode.properties == nil, step.relationship.direction != .either,
                       rightNode.variable.map({ scope[$0.name] == nil }) ?? true {
                        // A new node known only as this relationship's far end needs no row of
                        // its own: its id is in the relationship's row.
                        (relationship, right) = try fixedRelationship(step.relationship, from: left, scope: &scope, pattern: &pattern)
                        if let variable = rightNode.variable { scope[variable.name] = ScopeEntry(sql: right, kind: .node) }
                        for label in rightNode.labels where !isImplied(label.text, by: step.relationship) {
                            pattern.conditions.append(labelCheck(right, label.text))
                        }
                    } else {
                        right = try nodeID(rightNode, joiningLabel: joiningLabel, scope: &scope, pattern: &pattern)
                        relationship = try fixedRelationship(step.relationship, from: left, to: right, scope: &scope, pattern: &pattern).id
                    }
                    nodeIDs.append(right)
                    path = "cy_path_step(\(path), \(relationship), \(right))"
                }
            }
            if let variable = part.pathVariable {
                scope[variable.name] = ScopeEntry(sql: path, kind: .value)
            }
        }
        // Cypher's relationship uniqueness: within one pattern, a relationship is matched once.
        let ids = pattern.relationshipIDs
        for (index, first) in ids.enumerated() {
            for second in ids[(index + 1)...] { pattern.conditions.append("\(first) <> \(second)") }
            for list in pattern.relationshipLists { pattern.conditions.append("instr(\(list), ',' || \(first) || ',') = 0") }
        }
        return pattern
    }

    /// The id of a node of a pattern: a bound variable's, or a new row's. With `joiningLabel`
    /// a new node is read through its first label (`node_label`, whose rows name existing
    /// nodes), so SQLite may start from that label; its other labels, and every label of a
    /// node not joined so, are checked for the node.
    mutating func nodeID(_ node: NodePattern, joiningLabel: Bool, scope: inout CompilerScope,
                         pattern: inout PatternSQL) throws(QueryError) -> String {
        var id: String
        var table: String?
        var checkedLabels = node.labels[...]
        if let variable = node.variable, let entry = scope[variable.name] {
            id = Self.idSQL(entry)
            pattern.conditions.append("\(id) IS NOT NULL")
        } else {
            if joiningLabel, let first = node.labels.first, !seeksByProperty(node) {
                let labelAlias = name("l")
                pattern.from.append("node_label \(labelAlias)")
                pattern.conditions.append("\(labelAlias).label = \(arguments.bind(text: first.text))")
                id = "\(labelAlias).node_id"
                checkedLabels = checkedLabels.dropFirst()
                if node.properties != nil {
                    let alias = name("n")
                    table = alias
                    pattern.from.append("node \(alias)")
                    pattern.conditions.append("\(alias).id = \(id)")
                }
            } else {
                let alias = name("n")
                table = alias
                id = "\(alias).id"
                pattern.from.append("node \(alias)")
            }
            if let variable = node.variable { scope[variable.name] = ScopeEntry(sql: id, kind: .node) }
        }
        for label in checkedLabels { pattern.conditions.append(labelCheck(id, label.text)) }
        try propertyConditions(node.properties, table: "node", alias: table, id: &id, scope: scope, pattern: &pattern)
        return id
    }

    /// Conditions for `{key: value, ...}` on a node or relationship.
    mutating func propertyConditions(_ properties: Expression?, table: String, alias: String?, id: inout String,
                                     scope: CompilerScope, pattern: inout PatternSQL) throws(QueryError) {
        guard let properties else { return }
        guard case .map(let entries) = properties.kind else {
            throw QueryError.semantic("InvalidParameterUse", "properties to match must be written as a map such as {name: $name}",
                                      at: properties.range)
        }
        for entry in entries {
            let path = arguments.bind(text: Self.jsonPath(entry.key.text))
            let source = alias.map { "\($0).properties" } ?? "(SELECT properties FROM \(table) WHERE id = \(id))"
            let value = try expression(entry.value, scope)
            if let alias, let indexed = Self.indexedPath(entry.key.text), let text = stringConstant(entry.value) {
                // Implied by the Cypher equality below, and in the shape of the store's expression
                // indexes, so SQLite can seek instead of reading every node of the label.
                pattern.conditions.append("json_extract(\(alias).properties, '\(indexed)') = \(arguments.bind(text: text))")
            }
            pattern.conditions.append("cy_test(cy_eq(cy_json(\(source) -> \(path)), \(value)))")
        }
    }

    /// True when a node pattern names a property by a string constant, so its node is found
    /// through a property index; its labels are then checked for that node rather than joined,
    /// so SQLite cannot start from every node of the label instead.
    func seeksByProperty(_ node: NodePattern) -> Bool {
        guard let properties = node.properties, case .map(let entries) = properties.kind else { return false }
        return entries.contains { Self.indexedPath($0.key.text) != nil && stringConstant($0.value) != nil }
    }

    /// The JSON path of a property key as the store's expression indexes write it (`$.name`),
    /// for keys that are plain identifiers; `nil` for others, which are never indexed.
    static func indexedPath(_ key: String) -> String? {
        guard let first = key.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first),
              key.unicodeScalars.allSatisfy({ $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { return nil }
        return "$." + key
    }

    /// The string an expression always has, when it is a string literal or a parameter holding
    /// a string.
    func stringConstant(_ expression: Expression) -> String? {
        switch expression.kind {
        case .literal(.string(let text)): return text
        case .parameter(let name):
            if case .string(let text)? = parameters[name] { return text }
            return nil
        default: return nil
        }
    }

    /// True when every value of a `{key: value}` map is a literal or a parameter, so the map can
    /// be tested anywhere in the statement.
    static func isConstantMap(_ properties: Expression) -> Bool {
        guard case .map(let entries) = properties.kind else { return false }
        return entries.allSatisfy {
            switch $0.value.kind {
            case .literal, .parameter: return true
            default: return false
            }
        }
    }

    /// True when every relationship of the pattern's types has a node of `label` at its far
    /// end, so a node reached through one needs no check; the fact is recorded as assumed.
    mutating func isImplied(_ label: String, by relationship: RelationshipPattern) -> Bool {
        guard ends.isKnown, !relationship.types.isEmpty, relationship.direction != .either else { return false }
        let side: RelationshipEnd.Side = relationship.direction == .incoming ? .start : .end
        let facts = relationship.types.map { RelationshipEnd(type: $0.text, side: side, label: label) }
        guard facts.allSatisfy(ends.holds) else { return false }
        assumed.formUnion(facts)
        return true
    }

    /// The condition that a node has a label: a seek by node id first (an integer), which is
    /// about a third faster than one by label text first over millions of rows.
    mutating func labelCheck(_ id: String, _ label: String) -> String {
        "EXISTS (SELECT 1 FROM node_label INDEXED BY node_label_node WHERE node_id = \(id) AND label = \(arguments.bind(text: label)))"
    }

    /// A relationship between two nodes, or from `left` to a node it defines (`right` nil:
    /// the far end, never `.either`). Returns the relationship's id and the far end's.
    @discardableResult
    mutating func fixedRelationship(_ relationship: RelationshipPattern, from left: String, to right: String? = nil,
                                    scope: inout CompilerScope, pattern: inout PatternSQL) throws(QueryError) -> (id: String, farEnd: String) {
        let alias = name("r")
        var id = "\(alias).id"
        pattern.from.append("relationship \(alias)")
        let farEnd = right ?? "\(alias).\(relationship.direction == .incoming ? "start_id" : "end_id")"
        switch relationship.direction {
        case .outgoing: pattern.conditions.append("\(alias).start_id = \(left)" + (right.map { " AND \(alias).end_id = \($0)" } ?? ""))
        case .incoming: pattern.conditions.append("\(alias).end_id = \(left)" + (right.map { " AND \(alias).start_id = \($0)" } ?? ""))
        case .either:
            let right = right ?? farEnd
            pattern.conditions.append("((\(alias).start_id = \(left) AND \(alias).end_id = \(right)) OR "
                                      + "(\(alias).end_id = \(left) AND \(alias).start_id = \(right)))")
        }
        if !relationship.types.isEmpty {
            let types = relationship.types.map { arguments.bind(text: $0.text) }
            pattern.conditions.append("\(alias).type IN (" + types.joined(separator: ", ") + ")")
        }
        if let variable = relationship.variable {
            if let entry = scope[variable.name] {
                pattern.conditions.append("\(alias).id = \(Self.idSQL(entry))")
            } else {
                scope[variable.name] = ScopeEntry(sql: id, kind: .relationship)
            }
        }
        try propertyConditions(relationship.properties, table: "relationship", alias: alias, id: &id, scope: scope, pattern: &pattern)
        pattern.relationshipIDs.append("\(alias).id")
        return ("\(alias).id", farEnd)
    }

    /// A variable-length hop as a recursive CTE walking from the left node, never reusing a
    /// relationship within one path. Returns the alias whose `rels` and `nodes` list the path.
    mutating func variableLength(_ relationship: RelationshipPattern, _ length: LengthRange, from left: String, to right: String,
                                 leftNode: NodePattern, readAfterStart: Bool, scope: inout CompilerScope, pattern: inout PatternSQL,
                                 anchor: RowLayout?) throws(QueryError) -> String {
        let walk = name("w")
        let edge = name("e")
        var starts = "SELECT id FROM node"
        if let anchor, left.contains(anchor.relation + ".") {
            starts = "SELECT DISTINCT \(left) AS id FROM \(anchor.relation) WHERE \(left) IS NOT NULL"
        } else if let properties = leftNode.properties, Self.isConstantMap(properties) {
            // Walk only from the nodes the left pattern can match, not from every node of its label.
            let alias = name("s")
            var startID = "\(alias).id"
            var restriction = PatternSQL()
            try propertyConditions(properties, table: "node", alias: alias, id: &startID, scope: scope, pattern: &restriction)
            var labels: [String] = []
            for label in leftNode.labels { labels.append(labelCheck("\(alias).id", label.text)) }
            starts = "SELECT \(alias).id AS id FROM node \(alias) WHERE " + (labels + restriction.conditions).joined(separator: " AND ")
        } else if let label = leftNode.labels.first {
            starts = "SELECT node_id AS id FROM node_label WHERE label = \(arguments.bind(text: label.text))"
        }
        var joins: String
        var next: String
        switch relationship.direction {
        case .outgoing:
            joins = "\(edge).start_id = \(walk).node"
            next = "\(edge).end_id"
        case .incoming:
            joins = "\(edge).end_id = \(walk).node"
            next = "\(edge).start_id"
        case .either:
            joins = "(\(edge).start_id = \(walk).node OR \(edge).end_id = \(walk).node)"
            next = "(CASE WHEN \(edge).start_id = \(walk).node THEN \(edge).end_id ELSE \(edge).start_id END)"
        }
        var conditions = ["instr(\(walk).rels, ',' || \(edge).id || ',') = 0"]
        if let maximum = length.maximum { conditions.append("\(walk).len < \(arguments.bind(.integer(Int64(maximum))))") }
        if !relationship.types.isEmpty {
            conditions.append("\(edge).type IN (" + relationship.types.map { arguments.bind(text: $0.text) }.joined(separator: ", ") + ")")
        }
        var edgeID = "\(edge).id"
        var edgeConditions = PatternSQL()
        try propertyConditions(relationship.properties, table: "relationship", alias: edge, id: &edgeID, scope: scope, pattern: &edgeConditions)
        conditions += edgeConditions.conditions
        addCTE("\(walk)(start, node, rels, nodes, len)",
               "SELECT id, id, ',', ',' || id || ',', 0 FROM (\(starts)) UNION ALL "
               + "SELECT \(walk).start, \(next), \(walk).rels || \(edge).id || ',', \(walk).nodes || \(next) || ',', \(walk).len + 1 "
               + "FROM \(walk) JOIN relationship \(edge) ON \(joins) WHERE " + conditions.joined(separator: " AND "))
        let hop = name("h")
        if readAfterStart { pattern.appendReadAfterEarlier("\(walk) \(hop)") } else { pattern.from.append("\(walk) \(hop)") }
        pattern.conditions.append("\(hop).start = \(left) AND \(hop).node = \(right)")
        if length.minimum > 0 { pattern.conditions.append("\(hop).len >= \(arguments.bind(.integer(Int64(length.minimum))))") }
        if let variable = relationship.variable {
            scope[variable.name] = ScopeEntry(sql: "cy_rellist(\(hop).rels)", kind: .value)
        }
        pattern.relationshipLists.append("\(hop).rels")
        return hop
    }
}
