/// Strings interned as small integers, so the corpus stores each word or term once and its
/// passages, vectors and postings hold 4-byte ids instead of strings.
///
/// Ids are given in the order strings are first seen, from 0; the string of an id is kept for
/// what is printed (explanations) and for the few tests on a term's spelling.
struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    /// The strings, by id.
    private(set) var strings: [String] = []

    init() {}

    /// How many strings are interned.
    var count: Int { strings.count }

    /// The id of a string, interning it when it is new.
    mutating func intern(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    /// The id of a string already interned, or `nil`.
    func id(of string: String) -> Int32? {
        ids[string]
    }

    /// The string of an id.
    subscript(id: Int32) -> String {
        strings[Int(id)]
    }
}
