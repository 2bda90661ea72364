/// `[path =] element`.
public struct PatternPart: Hashable, Sendable {
    public var pathVariable: Variable?
    public var element: PatternElement
    public var range: SourceRange
}
