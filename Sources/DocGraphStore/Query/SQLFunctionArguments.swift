import GRDBSQLite

/// The arguments of one call of an ``SQLFunction``, read where SQLite holds them.
///
/// Each argument is read as an ``SQLValue`` when it is accessed, and nothing is copied before.
/// A function called for every row that only needs a text argument's bytes (to scan JSON, say)
/// reads them through ``withUTF8(at:_:)`` without making a `String` of them. Valid only during
/// the call it was passed to: SQLite reuses the memory once the function returns.
public struct SQLFunctionArguments: RandomAccessCollection {
    private let handles: UnsafeMutablePointer<OpaquePointer?>?

    /// How many arguments the call has.
    public let count: Int

    init(count: Int, handles: UnsafeMutablePointer<OpaquePointer?>?) {
        self.count = handles == nil ? 0 : Swift.max(count, 0)
        self.handles = handles
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The argument at `position` (from 0) as a value of its own, its text or blob copied out
    /// of SQLite; null past the last argument.
    public subscript(position: Int) -> SQLValue {
        guard let handle = handle(at: position) else { return .null }
        switch sqlite3_value_type(handle) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(handle))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(handle))
        case SQLITE_TEXT: return .text(String(decoding: Self.utf8(of: handle), as: UTF8.self))
        case SQLITE_BLOB: return .blob(Self.bytes(of: handle))
        default: return .null
        }
    }

    /// Runs `body` on the UTF-8 bytes of the argument at `index` when it is text, as SQLite
    /// holds them (embedded NUL bytes included, no terminator); `nil` when it is not text.
    /// The bytes are SQLite's: they are not checked to be valid UTF-8.
    public func withUTF8<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        guard let handle = handle(at: index), sqlite3_value_type(handle) == SQLITE_TEXT else { return nil }
        return try body(Self.utf8(of: handle))
    }

    private func handle(at index: Int) -> OpaquePointer? {
        guard index >= 0, index < count, let handles else { return nil }
        return handles[index]
    }

    /// A text value's bytes. SQLite documents the order: the pointer first, then its length.
    private static func utf8(of handle: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_value_text(handle) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_value_bytes(handle)))
    }

    /// A blob value's bytes, copied; SQLite gives no pointer for an empty blob.
    private static func bytes(of handle: OpaquePointer) -> [UInt8] {
        guard let start = sqlite3_value_blob(handle) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: start, count: Int(sqlite3_value_bytes(handle))))
    }
}
