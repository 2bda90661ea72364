extension ReaderInput {
    /// How many leading bytes ``looksBinary`` examines.
    public static let sniffLength = 8192

    /// True when the file's bytes look binary rather than text: a NUL byte, or more than one in
    /// ten control bytes, among the first ``sniffLength`` bytes. UTF-16 text with a byte-order
    /// mark is not binary.
    public var looksBinary: Bool { ReaderInput.looksBinary(bytes.prefix(ReaderInput.sniffLength)) }

    /// The binary check of ``looksBinary`` over any leading bytes.
    public static func looksBinary(_ head: some Collection<UInt8>) -> Bool {
        // Every reader asks while choosing: the bytes are read as one buffer, not through a
        // generic collection, whenever they lie in one.
        if let answer = head.withContiguousStorageIfAvailable(looksBinary(buffer:)) { return answer }
        return Array(head).withUnsafeBufferPointer(looksBinary(buffer:))
    }

    private static func looksBinary(buffer head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !head.isEmpty else { return false }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x20...: continue
            default: controls += 1
            }
        }
        return controls * 10 > head.count
    }
}
