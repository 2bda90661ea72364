/// Byte counts as sizes are stated to users in messages.
public enum ByteSize {
    /// `64 MB`, `1.5 MB`, `12 KB`, `300 bytes`.
    public static func describe(_ bytes: Int) -> String {
        for (unit, scale) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= scale {
            let value = Double(bytes) / Double(scale)
            let tenths = (value * 10).rounded() / 10
            return value >= 10 || tenths == tenths.rounded() ? "\(Int(value.rounded())) \(unit)" : "\(tenths) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
