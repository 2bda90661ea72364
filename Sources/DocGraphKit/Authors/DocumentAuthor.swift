/// The person a document names as its author, and the office they write from.
///
/// Newsletters and reports of public office holders speak in the first person: "I" and "my
/// office" are the author. Extractors of commitments, meetings and decisions resolve those
/// words to the author this type finds, so the rule lives in one place.
///
/// The author is, in order of preference:
/// 1. the reader's `author` metadata (an e-mail's sender, a DOCX file's creator), when it is a
///    personal name;
/// 2. a signature or letterhead: a line holding only a personal name (two to four capitalised
///    words, optionally followed by post-nominal letters such as `TD` or `OBE`), followed within
///    the next three lines by an office title from `titles` ("Warwickshire Police and Crime
///    Commissioner", "Police and Crime / Commissioner / for Warwickshire"). When several lines
///    qualify, the name signed most often wins, then the first.
public struct DocumentAuthor: Hashable, Sendable {
    /// The name without post-nominal letters, as written: `Philip Seccombe`.
    public var name: String
    /// The office title found beside the name, as written: `Police and Crime Commissioner`.
    public var title: String?
    /// Where the name is written (without post-nominals), when the text holds it.
    public var nameRange: TextRange?

    public init(name: String, title: String? = nil, nameRange: TextRange? = nil) {
        self.name = name
        self.title = title
        self.nameRange = nameRange
    }

    /// The office the author leads, named from the title: `Office of the Police and Crime
    /// Commissioner`. "My office" in the author's text means this body.
    public var office: String? {
        title.map { "Office of the \($0)" }
    }

    /// The author of a document.
    ///
    /// - Parameter titles: office titles in lower case (`police and crime commissioner`,
    ///   `mayor`, `chief executive`), usually a rule pack's title lexicon.
    public static func find(in document: Document, titles: Set<String>) -> DocumentAuthor? {
        let lines = AuthorLine.lines(of: document.text)
        let signatures = signatures(in: lines, text: document.text, titles: titles)
        if let declared = document.metadata["author"].flatMap(AuthorLine.personalName(inMetadata:)) {
            let signed = signatures.first { NameKey.normalise($0.name) == NameKey.normalise(declared) }
            let range = signed?.nameRange ?? AuthorLine.firstRange(of: declared, in: document.text)
            return DocumentAuthor(name: declared, title: signed?.title, nameRange: range)
        }
        guard !signatures.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for signature in signatures { counts[NameKey.normalise(signature.name), default: 0] += 1 }
        let best = counts.values.max() ?? 0
        return signatures.first { counts[NameKey.normalise($0.name)] == best }
    }

    /// Every name line followed by a title, in text order.
    static func signatures(in lines: [AuthorLine], text: String, titles: Set<String>) -> [DocumentAuthor] {
        var found: [DocumentAuthor] = []
        for (index, line) in lines.enumerated() {
            guard let name = line.personalName(titles: titles) else { continue }
            let following = lines[(index + 1)...].prefix(4).filter { !$0.words.isEmpty }.prefix(3)
                .prefix { $0.words.count <= AuthorLine.maxTitleLineWords }
            let words = following.flatMap { $0.words.map(\.text) }
            guard let title = AuthorLine.longestTitle(in: words, titles: titles) else { continue }
            found.append(DocumentAuthor(name: name.text, title: title, nameRange: name.range))
        }
        return found
    }
}
