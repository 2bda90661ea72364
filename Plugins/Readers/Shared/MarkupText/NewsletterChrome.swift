import Foundation
import ReaderSupport

/// Recognises the chrome that e-mail newsletters wrap around their content: "view this email in
/// your browser", unsubscribe and preference links, social buttons, copyright and mailing-address
/// footers, "powered by" badges.
///
/// The rules are general (phrases every mailing platform uses, links to social networks), so
/// they hold for newsletters never seen; they only drop short blocks, never a paragraph of prose.
public enum NewsletterChrome {
    /// The longest block (in characters) a chrome phrase can drop.
    static let maxChromeLength = 300

    /// Phrases of e-mail chrome, as one regular expression over lower-cased text.
    static let phrases = combined([
        #"\bview (this|the|it|our|in) ?(email|e-mail|newsletter|message|mail)? ?(in|on|as) (your|a|the)? ?(web ?)?(browser|web page|webpage)"#,
        #"\b(having trouble viewing|trouble viewing this|can['’]?t see (this|the) (email|e-mail|images)|is this (email|e-mail) not displaying)"#,
        #"\bunsubscri"#,
        #"\b(update|manage|change|edit) (your )?(subscription |email |e-mail |mailing |communication )?(preferences|subscription|settings)"#,
        #"\bpowered by (mailchimp|mailerlite|sendinblue|brevo|campaign monitor|constant contact|substack|hubspot)"#,
        #"\bemail marketing powered by\b"#,
        #"^(copyright|\(c\)|©)|\ball rights reserved\b|© ?\d{4}"#,
        #"\bour mailing address is\b"#,
        #"\b(you are|you['’]re) receiving this (email|e-mail|newsletter|message)|\byou received this (email|e-mail)\b|\bwhy did i get this\b"#,
        #"\badd us to your address book\b"#,
        #"\bforward (this (email|e-mail) )?to a friend\b"#,
        #"\bwant to change how you receive these (emails|e-mails)\b"#,
    ])

    /// Phrases that mark the start of a newsletter's footer.
    static let footerMarkers = combined([
        #"^(copyright|\(c\)|©)|\ball rights reserved\b"#,
        #"\bunsubscri"#,
        #"\bour mailing address is\b"#,
        #"\b(you are|you['’]re) receiving this (email|e-mail|newsletter|message)"#,
    ])

    /// Words that make up social-network buttons.
    static let socialWords: Set<String> = [
        "facebook", "twitter", "x", "instagram", "linkedin", "youtube", "pinterest", "tiktok", "flickr", "vimeo",
        "whatsapp", "threads", "mastodon", "bluesky", "website", "web", "email", "e-mail", "share", "tweet", "forward",
        "follow", "like", "us", "on", "friend", "connect", "with", "rss", "our", "visit", "subscribe",
    ]

    /// Hosts of social networks and of the sharing pages mailing platforms link to.
    static let socialHosts = [
        "facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com", "youtu.be",
        "pinterest.", "tiktok.com", "flickr.com", "vimeo.com", "whatsapp.com", "threads.net", "forward-to-friend.com",
        "list-manage.com", "mailchi.mp", "bsky.app",
    ]

    /// Words at least one of which every chrome phrase holds: a block without any of them is
    /// passed over without running the expressions, which keeps long documents quick.
    static let triggers = [
        "view", "trouble", "can", "displaying", "subscri", "preferences", "settings", "powered by", "copyright", "(c)",
        "\u{A9}", "rights reserved", "mailing address", "receiv", "why did i", "address book", "friend",
    ]

    /// True when the block's text is chrome by its wording.
    public static func isChrome(_ text: String) -> Bool {
        guard let lower = candidate(text) else { return false }
        return matches(phrases, lower)
    }

    /// True when the block opens a footer (copyright, unsubscribe, mailing address).
    public static func isFooterMarker(_ text: String) -> Bool {
        guard let lower = candidate(text) else { return false }
        return matches(footerMarkers, lower)
    }

    /// The text, normalised, when it is short enough to be chrome and holds a trigger word.
    private static func candidate(_ text: String) -> String? {
        guard text.utf8.count <= maxChromeLength * 4, text.unicodeScalars.count <= maxChromeLength else { return nil }
        let lower = text.lowercased()
        return triggers.contains { ByteSearch.contains($0, in: lower) } ? lower : nil
    }

    /// True when a block is a row of social-network buttons: all links, and either every link
    /// goes to a social network or every word names one.
    public static func isSocialButtons(_ text: String, links: [String], allLinks: Bool) -> Bool {
        guard allLinks, text.unicodeScalars.count <= maxChromeLength else { return false }
        let hosts = links.map { $0.lowercased() }
        if !hosts.isEmpty, hosts.allSatisfy({ link in
            link.hasPrefix("mailto:") || socialHosts.contains { link.contains($0) }
        }) {
            return true
        }
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return !words.isEmpty && words.allSatisfy(socialWords.contains)
    }

    private static func matches(_ expression: NSRegularExpression?, _ text: String) -> Bool {
        guard let expression else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The alternatives as one expression, so each block is scanned once.
    private static func combined(_ alternatives: [String]) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: alternatives.map { "(?:\($0))" }.joined(separator: "|"))
    }
}
