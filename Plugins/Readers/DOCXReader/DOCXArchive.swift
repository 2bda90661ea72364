import DocGraphKit
import Foundation
import ReaderSupport
import ZIPFoundation

/// A .docx file opened as the zip archive it is, handing out its parts within the expansion
/// limit so a zip bomb is refused before it fills memory.
struct DOCXArchive {
    private let archive: Archive
    private let limit: Int
    /// Bytes unpacked so far, across parts.
    private var expanded = 0

    /// Opens the archive.
    /// - Throws: ``ReadError`` when the bytes are not a zip archive or it is damaged.
    init(_ bytes: Data, limits: ReaderLimits) throws {
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw ReadError("not a DOCX file: the content is not a zip archive, as a Word document is; save it from Word as .docx")
        }
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw ReadError("the DOCX archive is damaged or truncated (its zip directory cannot be read); save the document again from Word")
        }
        limit = limits.maxExpandedBytes
    }

    /// The unpacked bytes of a part, or `nil` when the archive has no such part.
    /// - Throws: ``ReadError`` when the part would expand past the limit or cannot be unpacked.
    mutating func part(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let bombError = ReadError(
            "the DOCX archive expands past the \(ByteSize.describe(limit)) limit at \(path); it was refused as a possible zip bomb")
        guard entry.uncompressedSize <= UInt64(limit - expanded) else { throw bombError }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        var total = expanded
        let limit = self.limit
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                total += chunk.count
                guard total <= limit else { throw bombError }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError("the DOCX archive is damaged: \(path) cannot be unpacked; save the document again from Word")
        }
        expanded = total
        return bytes
    }
}
