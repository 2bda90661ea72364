#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The linker's temporary file of passages (``PassageFile``) could not be made, written or read.
struct PassageFileError: Error, CustomStringConvertible, Equatable {
    /// What was being done: "make", "write to", "read from".
    let action: String
    /// The folder the file is in.
    let folder: String
    /// The system's error number.
    let code: Int32

    var description: String {
        "cannot \(action) the linker's temporary file of passages in \(folder): \(String(cString: strerror(code)))"
    }
}
