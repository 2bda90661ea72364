import Foundation

/// The general cues ``DocumentDating`` reads a document's kind and title from, kept as data
/// in one place. All phrases are lower-case.
enum DocumentCues {
    /// A phrase that points to a kind of document, how much it counts, and where it must be:
    /// among the leading lines, at the start of any line, or anywhere in the text.
    struct KindCue {
        enum Place { case leading, lineStart, anywhere }
        let phrase: String
        let kind: DocumentKind
        let weight: Int
        let place: Place
    }

    static let kindCues: [KindCue] = [
        KindCue(phrase: "newsletter", kind: .newsletter, weight: 3, place: .leading),
        KindCue(phrase: "monthly update", kind: .newsletter, weight: 3, place: .leading),
        KindCue(phrase: "weekly update", kind: .newsletter, weight: 3, place: .leading),
        KindCue(phrase: "bulletin", kind: .newsletter, weight: 3, place: .leading),
        KindCue(phrase: "the latest news from", kind: .newsletter, weight: 2, place: .leading),
        KindCue(phrase: "view this email in your browser", kind: .newsletter, weight: 2, place: .leading),
        KindCue(phrase: "unsubscribe", kind: .newsletter, weight: 2, place: .anywhere),
        KindCue(phrase: "subscription preferences", kind: .newsletter, weight: 2, place: .anywhere),
        KindCue(phrase: "next newsletter", kind: .newsletter, weight: 2, place: .anywhere),
        KindCue(phrase: "forward to a friend", kind: .newsletter, weight: 1, place: .anywhere),
        KindCue(phrase: "report to ", kind: .report, weight: 3, place: .lineStart),
        KindCue(phrase: "report on ", kind: .report, weight: 3, place: .lineStart),
        KindCue(phrase: "report of ", kind: .report, weight: 3, place: .lineStart),
        KindCue(phrase: "report by ", kind: .report, weight: 3, place: .lineStart),
        KindCue(phrase: "annual report", kind: .report, weight: 3, place: .leading),
        KindCue(phrase: "purpose of this report", kind: .report, weight: 2, place: .anywhere),
        KindCue(phrase: "agenda item", kind: .report, weight: 1, place: .leading),
        KindCue(phrase: "appendix", kind: .report, weight: 1, place: .lineStart),
        KindCue(phrase: "recommendations:", kind: .report, weight: 1, place: .lineStart),
        KindCue(phrase: "minutes of ", kind: .minutes, weight: 3, place: .lineStart),
        KindCue(phrase: "meeting minutes", kind: .minutes, weight: 3, place: .leading),
        KindCue(phrase: "present:", kind: .minutes, weight: 3, place: .lineStart),
        KindCue(phrase: "in attendance:", kind: .minutes, weight: 2, place: .lineStart),
        KindCue(phrase: "apologies", kind: .minutes, weight: 2, place: .lineStart),
        KindCue(phrase: "matters arising", kind: .minutes, weight: 2, place: .lineStart),
        KindCue(phrase: "any other business", kind: .minutes, weight: 1, place: .anywhere),
    ]

    /// Whole lines that e-mail programs and web pages add around the content.
    static let chromeLines: Set<String> = [
        "copy", "share", "tweet", "forward", "print", "view in browser", "view online", "web version",
        "online version", "facebook", "twitter", "website", "email", "linkedin", "instagram", "youtube",
    ]

    /// Starts of lines that e-mail programs add ("View this email in your browser").
    static let chromePrefixes: [String] = [
        "view this email", "view this e-mail", "view it in your browser", "view in your browser",
        "having trouble viewing", "email not displaying", "e-mail not displaying", "can't see this email",
        "if you cannot see", "if you can't see", "click here to view", "this email was sent", "forward to a friend",
        "unsubscribe", "update subscription preferences", "update your preferences", "email marketing powered by",
        "you are receiving this", "you received this", "our mailing address is", "want to change how you receive",
        "copyright ©", "© ",
    ]

    /// Last words of short lines that stand for a picture rather than text ("Newsletter header image").
    static let pictureWords: Set<String> = ["image", "logo", "banner", "photo", "picture"]

    /// First words of short labels that are not titles ("Item 3", "Page 1").
    static let labelWords: Set<String> = ["item", "agenda", "page", "issue", "no", "number", "ref", "reference", "volume"]

    /// Words that name a kind of document; a line holding one is a title, not a letterhead.
    static let titleWords: [String] = [
        "newsletter", "update", "bulletin", "news", "report", "minutes", "agenda", "briefing", "digest",
    ]

    /// First words of lines that give the document's date ("Sent: 6 March 2017").
    static let dateLabels: Set<String> = [
        "date", "dated", "sent", "published", "issued", "issue", "edition", "updated", "posted", "written",
        "newsletter", "bulletin", "update", "report", "minutes",
    ]

    /// True for a trimmed line that e-mail programs add around the content, or a short line
    /// standing for a picture. Cheap: no tokenizing, since readers ask it of every line.
    static func isChrome(_ line: some StringProtocol) -> Bool {
        let head = line.prefix(40).lowercased()
        if chromePrefixes.contains(where: head.hasPrefix) { return true }
        guard line.utf8.count <= 80 else { return false }
        let lower = line.lowercased().trimmingCharacters(in: .whitespaces)
        guard lower.utf8.count <= 60 else { return false }
        if chromeLines.contains(lower) { return true }
        let words = lower.split(whereSeparator: { $0.isWhitespace })
        guard let last = words.last, words.count <= 5 else { return false }
        return pictureWords.contains(String(last.drop { !$0.isLetter }.prefix { $0.isLetter }))
    }
}
