extension Binder {
    mutating func bindPattern(_ pattern: Pattern, in scope: inout BinderScope, mode: PatternMode) throws(QueryError) {
        let before = scope
        var relationshipsInPattern: Set<String> = []
        for part in pattern.parts {
            if let path = part.pathVariable {
                if scope[path.name] != nil {
                    throw QueryError.semantic(before[path.name] == nil ? "VariableTypeConflict" : "VariableAlreadyBound",
                                              "the variable \(path.name) is already defined", at: path.range)
                }
            }
            try bindElement(part.element, in: &scope, before: before, mode: mode, relationships: &relationshipsInPattern)
            if let path = part.pathVariable {
                if scope[path.name] != nil {
                    throw QueryError.semantic("VariableTypeConflict", "the variable \(path.name) names a path and a pattern element",
                                              at: path.range)
                }
                scope[path.name] = .path
            }
        }
    }

    mutating func bindElement(_ element: PatternElement, in scope: inout BinderScope, before: BinderScope, mode: PatternMode,
                              relationships: inout Set<String>) throws(QueryError) {
        let single = element.steps.isEmpty
        for node in element.nodes {
            try bindNode(node, in: &scope, before: before, mode: mode, standalone: single)
        }
        for step in element.steps {
            let relationship = step.relationship
            try checkProperties(relationship.properties, in: scope, mode: mode)
            if mode != .expression { warnUnknown(types: relationship.types) }
            if mode == .create || mode == .merge {
                guard relationship.types.count == 1 else {
                    throw QueryError.semantic("NoSingleRelationshipType", "a relationship to create needs exactly one type, such as -[:MET]->",
                                              at: relationship.range)
                }
                guard relationship.direction != .either || mode == .merge else {
                    throw QueryError.semantic("RequiresDirectedRelationship", "a relationship to create needs a direction, -> or <-",
                                              at: relationship.range)
                }
                guard relationship.length == nil else {
                    throw QueryError.semantic("CreatingVarLength", "a variable-length relationship cannot be created", at: relationship.range)
                }
            }
            guard let variable = relationship.variable else { continue }
            let expected: VariableType = relationship.length == nil ? .relationship : .relationshipList
            if let existing = scope[variable.name] {
                if before[variable.name] == nil || mode == .create || mode == .merge {
                    let code = existing == .relationship || existing == .relationshipList ? "VariableAlreadyBound" : "VariableTypeConflict"
                    if relationships.contains(variable.name), mode == .match {
                        throw QueryError.semantic("RelationshipUniquenessViolation",
                                                  "the relationship \(variable.name) cannot appear twice in one pattern", at: variable.range)
                    }
                    throw QueryError.semantic(code, "the variable \(variable.name) is already defined as \(existing.description)",
                                              at: variable.range)
                }
                guard existing == expected || existing == .any else {
                    throw QueryError.semantic("VariableTypeConflict",
                                              "the variable \(variable.name) is \(existing.description), not \(expected.description)",
                                              at: variable.range)
                }
            }
            relationships.insert(variable.name)
            scope[variable.name] = expected
        }
    }

    mutating func bindNode(_ node: NodePattern, in scope: inout BinderScope, before: BinderScope, mode: PatternMode,
                           standalone: Bool) throws(QueryError) {
        try checkProperties(node.properties, in: scope, mode: mode)
        if mode != .create && mode != .expression { warnUnknown(labels: node.labels) }
        guard let variable = node.variable else { return }
        guard let existing = scope[variable.name] else {
            scope[variable.name] = .node
            return
        }
        guard existing == .node || existing == .any else {
            throw QueryError.semantic("VariableTypeConflict", "the variable \(variable.name) is \(existing.description), not a node",
                                      at: variable.range)
        }
        if mode == .create || mode == .merge, before[variable.name] != nil,
           standalone || !node.labels.isEmpty || node.properties != nil {
            throw QueryError.semantic("VariableAlreadyBound",
                                      "the node \(variable.name) already exists; refer to it as (\(variable.name)) without labels or properties",
                                      at: variable.range)
        }
    }

    mutating func checkProperties(_ properties: Expression?, in scope: BinderScope, mode: PatternMode) throws(QueryError) {
        guard let properties else { return }
        if case .parameter = properties.kind, mode == .match || mode == .merge || mode == .expression {
            throw QueryError.semantic("InvalidParameterUse", "a parameter cannot stand for the properties of a pattern to match; use {key: $value}",
                                      at: properties.range)
        }
        try check(properties, in: scope, context: .plain)
        if case .map(let entries) = properties.kind, mode != .create {
            warnUnknown(properties: entries.map(\.key))
        }
    }
}
