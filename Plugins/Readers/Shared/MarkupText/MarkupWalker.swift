import CLibXML2

/// Visits a libxml2 tree in document order without recursion.
///
/// Markup nested 100,000 deep must not exhaust the call stack, so the walk climbs back through
/// parent pointers instead of calling itself; memory stays constant whatever the depth.
public enum MarkupWalker {
    /// Calls `enter` for `root` and each node below it in document order, with its depth (the
    /// root is 0). When `enter` returns true the node's children are visited and `leave` is
    /// called after them; when it returns false the subtree is skipped and `leave` is not called.
    public static func walk(
        _ root: xmlNodePtr, enter: (xmlNodePtr, Int) throws -> Bool, leave: (xmlNodePtr, Int) throws -> Void
    ) rethrows {
        var node: xmlNodePtr? = root
        var depth = 0
        while var current = node {
            if try enter(current, depth) {
                if let child = current.pointee.children {
                    node = child
                    depth += 1
                    continue
                }
                try leave(current, depth)
            }
            // Climb until a next sibling is found or the root is left.
            node = nil
            while current != root {
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent else { break }
                depth -= 1
                current = parent
                try leave(current, depth)
            }
        }
    }
}
