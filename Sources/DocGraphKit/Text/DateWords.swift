/// The tokens of a run read as ``DateWord``s, each made the first time it is read: most tokens
/// are never read, since only a number or a calendar word can start a date, and making a word
/// lower-cases its text.
struct DateWords: RandomAccessCollection {
    let tokens: [Token]
    private let made: Made

    /// The words made so far, by index.
    private final class Made {
        var words: [DateWord?]

        init(count: Int) {
            words = Array(repeating: nil, count: count)
        }
    }

    init(tokens: [Token]) {
        self.tokens = tokens
        made = Made(count: tokens.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    subscript(position: Int) -> DateWord {
        if let word = made.words[position] { return word }
        let word = DateWord(tokens[position])
        made.words[position] = word
        return word
    }
}
