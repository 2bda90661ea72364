extension Binder {
    mutating func bindSetItem(_ item: SetItem, in scope: BinderScope) throws(QueryError) {
        switch item {
        case .property(let target, _, let value, _):
            try check(target, in: scope, context: .plain)
            try check(value, in: scope, context: .plain)
        case .replaceAll(let variable, let value, _), .mergeAll(let variable, let value, _):
            try requireEntity(variable, in: scope)
            try check(value, in: scope, context: .plain)
        case .labels(let variable, _, _):
            try requireEntity(variable, in: scope)
        }
    }

    mutating func bindRemoveItem(_ item: RemoveItem, in scope: BinderScope) throws(QueryError) {
        switch item {
        case .property(let target, _, _): try check(target, in: scope, context: .plain)
        case .labels(let variable, _, _): try requireEntity(variable, in: scope)
        }
    }

    func requireEntity(_ variable: Variable, in scope: BinderScope) throws(QueryError) {
        guard let type = scope[variable.name] else {
            throw QueryError.semantic("UndefinedVariable", "the variable \(variable.name) is not defined", at: variable.range)
        }
        guard type == .node || type == .relationship || type == .any else {
            throw QueryError.semantic("InvalidArgumentType", "\(variable.name) is \(type.description), not a node or relationship",
                                      at: variable.range)
        }
    }

    mutating func warnUnknown(labels: [Name]) {
        guard catalog.hasData else { return }
        for label in labels where !catalog.labels.contains(label.text) {
            warnings.append(QueryWarning(message: "no node has the label \(label.text); known labels: "
                                         + catalog.labels.sorted().joined(separator: ", "), range: label.range))
        }
    }

    mutating func warnUnknown(types: [Name]) {
        guard catalog.hasData else { return }
        for type in types where !catalog.relationshipTypes.contains(type.text) {
            warnings.append(QueryWarning(message: "no relationship has the type \(type.text); known types: "
                                         + catalog.relationshipTypes.sorted().joined(separator: ", "), range: type.range))
        }
    }

    mutating func warnUnknown(properties: [Name]) {
        guard catalog.hasData else { return }
        for key in properties where !catalog.propertyKeys.contains(key.text) {
            warnings.append(QueryWarning(message: "no node or relationship has the property \(key.text); known properties: "
                                         + catalog.propertyKeys.sorted().joined(separator: ", "), range: key.range))
        }
    }
}
