import Foundation

/// Makes realistic documents by recombining the lines of seed documents with other people,
/// places, bodies and dates: deterministic for a seed, each document independent of the others,
/// written one at a time so a corpus of any size never sits in memory.
///
/// Every generated document has a header naming a body and a month, sections of seed
/// paragraphs whose names, places, bodies and dates are replaced consistently within the
/// document, and a signature, so extraction does real work on every one.
public struct CorpusGenerator: Sendable {
    /// Short seed lines, used as headings and captions.
    let headings: [[TemplatePiece]]
    /// Seed paragraphs.
    let paragraphs: [[TemplatePiece]]

    /// Lines shorter than this are headings; longer ones paragraphs.
    static let paragraphLength = 90
    /// Documents per sub-folder of the output.
    public static let documentsPerFolder = 1000

    /// Builds the templates from the texts of the seed documents.
    public init(seedTexts: [String]) throws {
        let builder = TemplateBuilder()
        var headings: [[TemplatePiece]] = []
        var paragraphs: [[TemplatePiece]] = []
        for text in seedTexts {
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.count >= 12 else { continue }
                let template = builder.template(for: trimmed)
                if trimmed.count < Self.paragraphLength { headings.append(template) } else { paragraphs.append(template) }
            }
        }
        guard !paragraphs.isEmpty, !headings.isEmpty else {
            throw BenchError("the seed documents hold no paragraphs to recombine: give a folder of plain-text newsletters with --seeds")
        }
        self.headings = headings
        self.paragraphs = paragraphs
    }

    /// Reads every `.txt` file of a folder as a seed document.
    public init(seedsIn directory: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw BenchError("cannot list the seed folder \(directory.path): name a folder of .txt seed documents with --seeds")
        }
        let texts = try names.map { name -> String in
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw BenchError("cannot read the seed document \(url.path)")
            }
            return String(decoding: data, as: UTF8.self)
        }
        try self.init(seedTexts: texts)
    }

    /// The text of document `number` of the corpus of `seed`, about `targetBytes` long.
    public func document(number: Int, seed: UInt64, targetBytes: Int = 10_000) -> String {
        var random = SeededGenerator(seed: seed, stream: UInt64(number))
        let year = 2012 + random.below(14)
        let month = random.below(12)
        var cast = DocumentCast(random: SeededGenerator(seed: seed ^ 0x5EED, stream: UInt64(number)), year: year, month: month)
        var text = ""
        text.reserveCapacity(targetBytes + 2_000)
        let body = cast.place(for: "\u{0}publisher") + " " + random.pick(NamePools.bodyTails)
        text += random.pick(NamePools.headerTitles) + " from " + body + "\n"
        text += TemplateWords.months[month] + " " + String(year) + "\n\n"
        while text.utf8.count < targetBytes {
            if random.below(10) < 6 {
                for piece in random.pick(headings) { cast.fill(piece, into: &text) }
                text += "\n"
            }
            for _ in 0...random.below(3) {
                for piece in random.pick(paragraphs) { cast.fill(piece, into: &text) }
                text += "\n\n"
            }
        }
        let signer = cast.person(for: "\u{0}signer")
        text += signer.first + " " + signer.last + "\n" + random.pick(["Chair", "Chief Executive", "Commissioner", "Leader"])
            + ", " + body + "\n"
        return text
    }

    /// Where document `number` goes under the output folder: sub-folders of a thousand keep
    /// folder listings short.
    public static func relativePath(ofDocument number: Int) -> String {
        String(format: "part-%04d/doc-%07d.txt", number / documentsPerFolder, number)
    }

    /// Writes documents `0..<count` under `directory`, one file at a time, and returns how many
    /// bytes of text were written.
    public func write(
        documents count: Int, seed: UInt64, to directory: URL, targetBytes: Int = 10_000,
        progress: (Int) -> Void = { _ in }
    ) throws -> Int {
        var bytes = 0
        let manager = FileManager.default
        for number in 0..<count {
            let url = directory.appendingPathComponent(Self.relativePath(ofDocument: number))
            if number % Self.documentsPerFolder == 0 {
                do {
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw BenchError("cannot create the folder \(url.deletingLastPathComponent().path): \(error.localizedDescription)")
                }
            }
            let data = Data(document(number: number, seed: seed, targetBytes: targetBytes).utf8)
            do {
                try data.write(to: url)
            } catch {
                throw BenchError("cannot write \(url.path): \(error.localizedDescription)")
            }
            bytes += data.count
            if (number + 1) % Self.documentsPerFolder == 0 { progress(number + 1) }
        }
        return bytes
    }
}
