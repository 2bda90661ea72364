import DocGraphPipeline

/// The one-line summary of an ingest.
enum IngestReport {
    static func render(_ summary: IngestSummary, store: String) -> String {
        let counts = [
            "\(summary.count(.added)) added", "\(summary.count(.unchanged)) unchanged",
            "\(summary.count(.replaced)) replaced", "\(summary.count(.failed)) failed",
        ]
        let noun = summary.files.count == 1 ? "document" : "documents"
        return "\(summary.files.count) \(noun) into \(store): " + counts.joined(separator: ", ")
    }
}
