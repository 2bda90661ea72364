#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search through the C library's `strstr`, quick enough to run on every block of a
/// large document. Text past a NUL character is not searched (readers drop NULs from text).
public enum ByteSearch {
    /// True when `needle` occurs in `haystack`.
    public static func contains(_ needle: String, in haystack: String) -> Bool {
        haystack.withCString { hay in needle.withCString { strstr(hay, $0) != nil } }
    }
}
