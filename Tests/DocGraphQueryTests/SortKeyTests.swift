import Testing
@testable import DocGraphQuery

/// ORDER BY's keys for text read from SQLite's bytes are the keys of the strings those bytes
/// decode to, whatever the bytes hold.
@Suite struct SortKeyTests {
    @Test func keysFromBytesMatchKeysOfStrings() {
        let samples: [[UInt8]] = [
            [], Array("Acme Ltd".utf8), Array("Café – ok 😀".utf8), [0x61, 0x00, 0x62], [0x00],
            [0x61, 0xFF, 0x62], [0xE2, 0x82], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        ]
        for bytes in samples {
            let expected = CypherValue.string(String(decoding: bytes, as: UTF8.self)).sortKey
            let key = bytes.withUnsafeBufferPointer(CypherValue.sortKey(utf8:))
            #expect(key == expected, "\(bytes)")
        }
        #expect(Array("ab".utf8).withUnsafeBufferPointer(CypherValue.sortKey(utf8:)) == [0x60, 0x61, 0x62, 0x00, 0x00])
        #expect([0x61, 0x00].withUnsafeBufferPointer(CypherValue.sortKey(utf8:)) == [0x60, 0x61, 0x00, 0xFF, 0x00, 0x00])
    }
}
