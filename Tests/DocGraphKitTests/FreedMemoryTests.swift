import DocGraphKit
import Foundation
import Testing

@Suite struct FreedMemoryTests {
    /// The process's resident bytes, from `/proc/self/statm`.
    static func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(fields.count > 1 ? Int(fields[1]) : nil) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// 256 MiB in 4 KiB blocks, every 64th kept: the freed blocks between the kept ones cannot be
    /// returned by the allocator on its own (a kept block lies above them), only by a trim.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm")))
    func freedPagesBetweenHeldBlocksGoBack() throws {
        let blockBytes = 4096
        var blocks = (0..<65_536).map { _ in
            let block = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: 16)
            block.initializeMemory(as: UInt8.self, repeating: 1, count: blockBytes)
            return block
        }
        var kept: [UnsafeMutableRawPointer] = []
        for (index, block) in blocks.enumerated() {
            if index % 64 == 0 { kept.append(block) } else { block.deallocate() }
        }
        blocks = []
        let before = try Self.residentBytes()
        FreedMemory.giveBack()
        let after = try Self.residentBytes()
        for block in kept { block.deallocate() }
        // 252 MiB were freed; more than 100 MiB of it must have gone back.
        #expect(before - after > 100 << 20, "resident \(before >> 20) MiB before, \(after >> 20) MiB after")
    }
}
