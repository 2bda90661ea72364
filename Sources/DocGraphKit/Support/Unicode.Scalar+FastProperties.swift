/// Unicode properties the text scanners ask of every scalar, answered from the value for ASCII
/// and from `properties` otherwise: the same answers, without a table search per character of
/// English text.
extension Unicode.Scalar {
    /// `properties.isAlphabetic`.
    @inlinable public var isAlphabeticScalar: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }

    /// `properties.numericType != nil`.
    @inlinable public var isNumericScalar: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }

    /// `properties.isWhitespace`.
    @inlinable public var isWhitespaceScalar: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// `properties.isDiacritic`.
    @inlinable public var isDiacriticScalar: Bool {
        if value < 0x80 { return value == 0x5E || value == 0x60 }
        return properties.isDiacritic
    }

    /// `properties.isUppercase`.
    @inlinable public var isUppercaseScalar: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inlinable public var isLowercaseScalar: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }
}
