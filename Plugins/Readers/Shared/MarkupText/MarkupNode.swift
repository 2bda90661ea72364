import CLibXML2

/// Read-only views of a libxml2 node that the readers need: kind, name, attributes, text.
public enum MarkupNode {
    /// True for element nodes.
    public static func isElement(_ node: xmlNodePtr) -> Bool {
        docgraph_node_type(node) == Int32(XML_ELEMENT_NODE.rawValue)
    }

    /// True for text and CDATA nodes.
    public static func isText(_ node: xmlNodePtr) -> Bool {
        let type = docgraph_node_type(node)
        return type == Int32(XML_TEXT_NODE.rawValue) || type == Int32(XML_CDATA_SECTION_NODE.rawValue)
    }

    /// The element's local name, lower-cased (HTML) or as written (XML), without a prefix.
    public static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The namespace URI of an element, or `nil` when it has none.
    public static func namespace(_ node: xmlNodePtr) -> String? {
        guard let href = node.pointee.ns?.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The text a text node holds.
    public static func content(_ node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The value of the attribute with the local name, or `nil` when the element has none.
    public static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, String(cString: attributeName) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    value += content(text)
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The concatenated text of a node's text children (not of deeper descendants).
    public static func directText(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if isText(current) { text += content(current) }
            child = current.pointee.next
        }
        return text
    }

    /// The first element child with the local name, if any.
    public static func child(_ name: String, of node: xmlNodePtr) -> xmlNodePtr? {
        elementChildren(node).first { self.name($0) == name }
    }

    /// The element children of a node, in order.
    public static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if isElement(current) { children.append(current) }
            child = current.pointee.next
        }
        return children
    }
}
