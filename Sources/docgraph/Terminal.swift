#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writing to the terminal: standard output and error, and whether they are a terminal.
enum Terminal {
    /// True when standard error is a terminal, so a progress bar can redraw in place.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func errorInPlace(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes text to standard output, ending it with exactly one line break.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text.utf8.last == 0x0A ? text : text + "\n").utf8))
    }

    static func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
