#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A temporary file holding every read document's passages, words and term counts
/// (``DocumentWords``), so the corpus need not hold them in memory: they are written once, as each document is read,
/// and a document's are read back only while it is weighed (the commitments it states, the
/// segment of windows it belongs to).
///
/// The file is removed from its folder as soon as it is made, so nothing is left behind
/// whatever ends the process; its space is freed when the last reference goes. It lies in the
/// system's temporary folder (`TMPDIR`, else `/tmp`), about 24 KB a generated document. A
/// passage is written as its bytes in memory: the file is read back only by the process that
/// wrote it.
final class PassageFile: Sendable {
    /// Where one document's passages, words and term counts lie in the file.
    struct Location: Sendable, Equatable {
        var offset: Int64
        var wordCount: Int32
        var entryCount: Int32
        var passageCount: Int32 = 0
    }

    private let descriptor: Int32
    private let folder: String
    /// The end of what was written, where the next document's go.
    private let end = Mutex<Int64>(0)

    /// Makes the file in `folder` (the system's temporary folder when `nil`).
    init(folder: String? = nil) throws {
        let folder = folder ?? FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/docgraph-passages-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { path -> Int32 in
            guard let path = path.baseAddress else { return -1 }
            let descriptor = mkstemp(path)
            if descriptor >= 0 { unlink(path) }
            return descriptor
        }
        guard descriptor >= 0 else { throw PassageFileError(action: "make", folder: folder, code: errno) }
        self.descriptor = descriptor
        self.folder = folder
    }

    deinit {
        close(descriptor)
    }

    /// Writes a document's passages, words and term counts after the others, and says where
    /// they lie.
    func append(_ words: DocumentWords) throws -> Location {
        try end.withLock { end in
            let location = Location(
                offset: end, wordCount: Int32(words.writtenWords.count), entryCount: Int32(words.termEntries.count),
                passageCount: Int32(words.passages.count))
            var offset = end
            try words.writtenWords.withUnsafeBytes { try write($0, at: &offset) }
            try words.termEntries.withUnsafeBytes { try write($0, at: &offset) }
            try words.passages.withUnsafeBytes { try write($0, at: &offset) }
            end = offset
            return location
        }
    }

    /// Reads back the passages, words and term counts written at a location. Safe from any thread.
    func read(_ location: Location) throws -> DocumentWords {
        var words = DocumentWords()
        var offset = location.offset
        words.writtenWords = try [Int32](unsafeUninitializedCapacity: Int(location.wordCount)) { buffer, count in
            try read(into: UnsafeMutableRawBufferPointer(buffer), at: &offset)
            count = buffer.count
        }
        words.termEntries = try [TermCounts.Entry](unsafeUninitializedCapacity: Int(location.entryCount)) { buffer, count in
            try read(into: UnsafeMutableRawBufferPointer(buffer), at: &offset)
            count = buffer.count
        }
        words.passages = try [CorpusPassage](unsafeUninitializedCapacity: Int(location.passageCount)) { buffer, count in
            try read(into: UnsafeMutableRawBufferPointer(buffer), at: &offset)
            count = buffer.count
        }
        return words
    }

    private func write(_ bytes: UnsafeRawBufferPointer, at offset: inout Int64) throws {
        guard let base = bytes.baseAddress else { return }
        let start = off_t(offset)
        try whole(bytes.count, at: &offset, action: "write to", atEnd: ENOSPC) { done in
            pwrite(descriptor, base + done, bytes.count - done, start + off_t(done))
        }
    }

    private func read(into bytes: UnsafeMutableRawBufferPointer, at offset: inout Int64) throws {
        guard let base = bytes.baseAddress else { return }
        let start = off_t(offset)
        try whole(bytes.count, at: &offset, action: "read from", atEnd: EIO) { done in
            pread(descriptor, base + done, bytes.count - done, start + off_t(done))
        }
    }

    /// Moves `count` bytes at `offset` a step at a time (`step` is given how many are done, and
    /// says how many more it moved, or -1), and moves `offset` past them. A step that moves
    /// nothing fails with `atEnd`.
    private func whole(_ count: Int, at offset: inout Int64, action: String, atEnd: Int32, step: (Int) -> Int) throws {
        var done = 0
        while done < count {
            let moved = step(done)
            if moved < 0 && errno == EINTR { continue }
            guard moved > 0 else { throw PassageFileError(action: action, folder: folder, code: moved < 0 ? errno : atEnd) }
            done += moved
        }
        offset += Int64(count)
    }
}
