import DocGraphKit
import Foundation

extension RulePack {
    /// The keys pack.yaml may have.
    static let manifestKeys = [
        "id", "name", "summary", "needs", "produces", "confidence", "overlaps", "phrase_matcher_attr", "labels",
        "lexicons", "patterns", "sections",
    ]

    /// Loads and checks the pack in a folder.
    ///
    /// - Throws: ``ConfigurationError`` naming the file and line of the first mistake.
    public static func load(from folder: URL) throws(ConfigurationError) -> RulePack {
        let manifestURL = folder.appendingPathComponent("pack.yaml")
        let file = manifestURL.path
        guard FileManager.default.fileExists(atPath: file) else {
            throw ConfigurationError(
                file: folder.path, line: nil, message: "is not a rule pack: it has no pack.yaml")
        }
        let text = try RulePackText.read(manifestURL, namedAt: file, line: 1)
        guard let root = try YAMLValue.parse(text, file: file) else {
            throw ConfigurationError(file: file, line: nil, message: "is empty; a pack needs at least id and produces")
        }
        let keys = try root.mapping("pack.yaml", allowed: manifestKeys)
        func required(_ key: String) throws(ConfigurationError) -> YAMLValue {
            guard let value = keys[key] else {
                throw ConfigurationError(file: file, line: root.line, message: "pack.yaml has no '\(key)'")
            }
            return value
        }
        let idValue = try required("id")
        let id = try idValue.string("id")
        guard PluginID.isVersioned(id) else {
            throw idValue.error("id '\(id)' must end in a version, such as \(id).v1")
        }
        let produces = try required("produces").strings("produces")
        guard !produces.isEmpty else { throw try required("produces").error("produces lists no labels") }
        let labels = RulePackLabels(produces: produces, map: try labelMap(keys["labels"]))
        let sections = try sectionList(keys["sections"])
        let sectionNames = Set(sections.map(\.name))
        let phrasesIgnoreCase = try matchesIgnoringCase(keys["phrase_matcher_attr"], default: false)

        var lexicons: [Lexicon] = []
        for item in try keys["lexicons"]?.list("lexicons") ?? [] {
            lexicons.append(try lexicon(item, folder: folder, labels: labels))
        }
        var patterns = lexicons.flatMap(\.patterns)
        for item in try keys["patterns"]?.list("patterns") ?? [] {
            let path = try item.string("each item of patterns")
            let url = folder.appendingPathComponent(path)
            let parser = PatternLineParser(
                file: url.path, labels: labels, sections: sectionNames, phrasesIgnoreCase: phrasesIgnoreCase)
            patterns += try parser.parse(RulePackText.read(url, namedAt: file, line: item.line))
        }

        let needs = ["tokens"] + (try keys["needs"]?.strings("needs") ?? []).filter { $0 != "tokens" }
        let manifest = PluginManifest(
            id: id, name: try keys["name"]?.string("name") ?? id, summary: try keys["summary"]?.string("summary") ?? "",
            kind: .extractor, needs: needs, produces: produces, origin: "rule-pack")
        return RulePack(
            manifest: manifest, folder: folder, lexicons: lexicons, patterns: patterns, sections: sections,
            overlaps: try overlapRule(keys["overlaps"]), confidence: try confidence(keys["confidence"]))
    }

    private static func lexicon(_ item: YAMLValue, folder: URL, labels: RulePackLabels) throws(ConfigurationError) -> Lexicon {
        var path: String
        var name: String?
        var label: String?
        var ignoresCase = false
        if item.isMapping {
            let keys = try item.mapping("a lexicon", allowed: ["file", "name", "label", "attr"])
            guard let fileValue = keys["file"] else { throw item.error("the lexicon has no 'file'") }
            path = try fileValue.string("file")
            name = try keys["name"]?.string("name")
            label = try keys["label"]?.string("label")
            ignoresCase = try matchesIgnoringCase(keys["attr"], default: false)
        } else {
            path = try item.string("each item of lexicons")
        }
        let url = folder.appendingPathComponent(path)
        if let label, labels.map[label] == nil, !labels.produces.contains(label) {
            throw item.error("label '\(label)' is not in the pack's produces (\(labels.produces.joined(separator: ", ")))")
        }
        return try Lexicon(
            name: name ?? url.deletingPathExtension().lastPathComponent, file: url.path,
            text: RulePackText.read(url, namedAt: item.file, line: item.line), defaultLabel: label,
            ignoresCase: ignoresCase, labels: labels)
    }

    private static func labelMap(_ value: YAMLValue?) throws(ConfigurationError) -> [String: String] {
        guard let value else { return [:] }
        var map: [String: String] = [:]
        for (key, target) in try value.properties("labels") {
            guard case .string(let label) = target, !label.isEmpty else {
                throw value.error("labels maps a pattern label to a produced label, such as ORG: Organisation")
            }
            map[key] = label
        }
        return map
    }

    private static func sectionList(_ value: YAMLValue?) throws(ConfigurationError) -> [RulePackSection] {
        var sections: [RulePackSection] = []
        for item in try value?.list("sections") ?? [] {
            let keys = try item.mapping("a section", allowed: ["name", "starts"])
            guard let name = keys["name"], let starts = keys["starts"] else {
                throw item.error("a section needs a name and starts (the phrases that begin it)")
            }
            sections.append(RulePackSection(name: try name.string("name"), starts: try starts.strings("starts")))
        }
        return sections
    }

    /// Reads spaCy's `phrase_matcher_attr`: ORTH matches case, LOWER ignores it.
    private static func matchesIgnoringCase(_ value: YAMLValue?, default: Bool) throws(ConfigurationError) -> Bool {
        guard let value else { return `default` }
        switch try value.string("attr") {
        case "ORTH", "TEXT": return false
        case "LOWER": return true
        case let other: throw value.error("'\(other)' is not a matching attribute; use ORTH (exact) or LOWER (any case)")
        }
    }

    private static func overlapRule(_ value: YAMLValue?) throws(ConfigurationError) -> OverlapRule {
        guard let value else { return .all }
        let text = try value.string("overlaps")
        guard let rule = OverlapRule(rawValue: text) else {
            throw value.error("overlaps must be 'all' or 'per-label', not '\(text)'")
        }
        return rule
    }

    private static func confidence(_ value: YAMLValue?) throws(ConfigurationError) -> Double {
        guard let value else { return 1 }
        let number = try value.number("confidence")
        guard (0...1).contains(number) else { throw value.error("confidence must be between 0 and 1") }
        return number
    }
}
