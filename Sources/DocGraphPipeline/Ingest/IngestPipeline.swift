import DocGraphKit
import Foundation

/// Runs an ingest: collects files, reads and extracts them concurrently, writes the documents
/// from one writer in the order of the files, a run of them to a transaction, then runs the
/// linkers over the whole graph.
///
/// One bad file never stops the batch: it is reported with its reason and the rest go on.
public struct IngestPipeline: Sendable {
    public let processor: DocumentProcessor
    public let linkers: [any Linker]
    public let options: IngestOptions
    public let linkContext: @Sendable (PluginManifest) -> ExtractionContext
    /// Joins each document's people and organisations to those already stored.
    let crossDocument = CrossDocumentResolver()

    public init(
        processor: DocumentProcessor, linkers: [any Linker] = [], options: IngestOptions = IngestOptions(),
        linkContext: @escaping @Sendable (PluginManifest) -> ExtractionContext = { ExtractionContext(options: $0.options) }
    ) {
        self.processor = processor
        self.linkers = linkers
        self.options = options
        self.linkContext = linkContext
    }

    /// Ingests the files and folders at `paths` into `graph`, reporting progress as it goes.
    public func ingest(
        _ paths: [String], into graph: any GraphReading & GraphWriting, progress: @Sendable (IngestEvent) -> Void = { _ in }
    ) async -> IngestSummary {
        let (files, problems) = FileCollector(excluding: options.excludedPaths).collect(paths)
        let total = files.count + problems.count
        progress(.started(total: total))
        var outcomes: [(index: Int, outcome: FileOutcome)] = []
        var done = 0
        for problem in problems {
            done += 1
            outcomes.append((-1, problem))
            progress(.finished(problem, index: done, total: total))
        }
        let width = max(1, options.concurrency)
        let runLength = max(1, options.documentsPerTransaction)
        var resolution: ResolutionIndex?
        await withTaskGroup(of: (Int, PreparedFile).self) { group in
            // Documents are written in the order of the files, whichever finishes first, so
            // who is joined to whom across documents does not depend on timing. They are
            // written in runs of `runLength`, one transaction each, while the next run is
            // extracted: at most `width * 2 + runLength * 2` documents are in hand at once,
            // fewer when their files are large (``IngestOptions/bytesInHand``), never fewer than
            // `width * 2`.
            var next = 0
            var inHand: [Int: Int] = [:]
            var bytesInHand = 0
            func fill() {
                while next < files.count, inHand.count < width * 2 + runLength * 2,
                      inHand.count < width * 2 || bytesInHand < options.bytesInHand {
                    let index = next
                    let url = files[index]
                    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
                    inHand[index] = size
                    bytesInHand += size
                    next += 1
                    group.addTask { (index, self.prepare(url, graph: graph)) }
                }
            }
            fill()
            var waiting: [Int: PreparedFile] = [:]
            var nextToWrite = 0
            var received = 0
            while let (index, prepared) = await group.next() {
                waiting[index] = prepared
                received += 1
                // A run is written once it is full, or when every document asked for is in.
                while waiting[nextToWrite] != nil {
                    var run: [PreparedFile] = []
                    while run.count < runLength, let ready = waiting.removeValue(forKey: nextToWrite + run.count) {
                        run.append(ready)
                    }
                    guard run.count == runLength || received == next else {
                        for (offset, prepared) in run.enumerated() { waiting[nextToWrite + offset] = prepared }
                        break
                    }
                    for outcome in store(run, in: graph, index: &resolution) {
                        done += 1
                        outcomes.append((nextToWrite, outcome))
                        progress(.finished(outcome, index: done, total: total))
                        bytesInHand -= inHand.removeValue(forKey: nextToWrite) ?? 0
                        nextToWrite += 1
                    }
                    fill()
                }
            }
        }
        // The linkers read the graph afresh: the index of stored entities is not kept while they run.
        resolution = nil
        var summary = IngestSummary(files: outcomes.sorted { $0.index < $1.index }.map(\.outcome))
        if options.linksAfterBatch && summary.changedTheGraph {
            summary.linkWarnings = link(graph, progress: progress).messages
        }
        return summary
    }

    /// Runs every linker over the graph, each result replacing that linker's earlier output. A
    /// linker's failure is reported and leaves its earlier output as it was; it never loses a
    /// batch.
    public func link(_ graph: any GraphReading & GraphWriting, progress: @Sendable (IngestEvent) -> Void = { _ in }) -> LinkOutcome {
        guard !linkers.isEmpty else { return LinkOutcome() }
        progress(.linking)
        var outcome = LinkOutcome()
        for linker in linkers {
            do {
                // What reading and extracting freed goes back before the linker builds its corpus.
                FreedMemory.giveBack()
                let result = try linker.link(graph: graph, context: linkContext(linker.manifest))
                // What the linker held is freed: its pages go back before the result is written.
                FreedMemory.giveBack()
                try graph.replaceLinkResult(result, linker: linker.manifest.id)
                outcome.warnings += result.warnings.map { "\(linker.manifest.id): \($0)" }
            } catch {
                outcome.failures.append("linker \(linker.manifest.id) failed: \(error)")
            }
        }
        return outcome
    }

    /// Reads, hashes and extracts one file; runs on a worker.
    func prepare(_ url: URL, graph: any GraphReading & GraphWriting) -> PreparedFile {
        let path = url.path
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            // Refused before the bytes are loaded, so a huge file never reaches memory.
            try processor.selector.checkSize(of: size)
        } catch let error as ReadError {
            return .done(FileOutcome(path: path, status: .failed, message: error.message))
        } catch {
            return .done(FileOutcome(path: path, status: .failed, message: "cannot read the file: it vanished or is not accessible"))
        }
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            return .done(FileOutcome(path: path, status: .failed, message: "cannot read the file: permission denied or not readable"))
        }
        let sha256 = SHA256.hexDigest(of: bytes)
        do {
            switch try graph.state(ofDocumentAt: path, sha256: sha256) {
            case .unchanged:
                return .done(FileOutcome(path: path, status: .unchanged))
            case .duplicate(let other):
                return .done(FileOutcome(path: path, status: .unchanged, message: "same content as \(other)"))
            case .new, .changed:
                break
            }
            let input = ReaderInput(url: url, bytes: bytes, documentID: sha256, limits: processor.limits)
            return .graph(try processor.process(input, path: path), path: path)
        } catch {
            return .done(FileOutcome(path: path, status: .failed, message: "\(error)"))
        }
    }

    /// Writes a run of prepared documents in one transaction; runs on the single writer. A
    /// document that fails undoes the transaction, and the run is written again without it; when
    /// the commit itself fails, every document the run was to write fails with it and the store
    /// is left as it was. `index` holds the stored people and organisations for resolution:
    /// built at the first document that needs it, refreshed with what each document wrote, and
    /// dropped (to be built again) if a refresh fails or a transaction is undone.
    func store(_ run: [PreparedFile], in graph: any GraphWriting, index: inout ResolutionIndex?) -> [FileOutcome] {
        var outcomes: [FileOutcome] = []
        var pending: [(position: Int, graph: DocumentGraph, path: String)] = []
        for (position, prepared) in run.enumerated() {
            switch prepared {
            case .done(let outcome):
                outcomes.append(outcome)
            case .graph(let documentGraph, let path):
                outcomes.append(FileOutcome(path: path, status: .failed))
                pending.append((position, documentGraph, path))
            }
        }
        while !pending.isEmpty {
            var failure: (position: Int, error: any Error)?
            do {
                try graph.writeBatch { batch in
                    for document in pending {
                        do {
                            outcomes[document.position] = try store(document.graph, path: document.path, in: batch, index: &index)
                        } catch {
                            failure = (document.position, error)
                            throw error
                        }
                    }
                }
                return outcomes
            } catch {
                index = nil
                let message = "could not store it: \(failure?.error ?? error)"
                guard let failed = failure?.position else {
                    for document in pending { outcomes[document.position] = FileOutcome(path: document.path, status: .failed, message: message) }
                    return outcomes
                }
                outcomes[failed] = FileOutcome(path: outcomes[failed].path, status: .failed, message: message)
                pending.removeAll { $0.position == failed }
            }
        }
        return outcomes
    }

    /// Resolves one document against the stored people and organisations and writes it in `batch`.
    private func store(
        _ documentGraph: DocumentGraph, path: String, in batch: any DocumentBatch, index: inout ResolutionIndex?
    ) throws -> FileOutcome {
        let current = try index ?? ResolutionIndex(graph: batch)
        index = current
        let resolved = crossDocument.resolve(documentGraph, using: current)
        // Another file of this batch, or another process, may have stored the same content
        // meanwhile: the store decides inside its transaction.
        let outcome = try batch.write(resolved, path: path)
        if outcome == .added || outcome == .replaced {
            do { try index?.refresh(after: resolved, from: batch) } catch { index = nil }
        }
        switch outcome {
        case .added:
            return FileOutcome(path: path, status: .added, warnings: documentGraph.warnings)
        case .replaced:
            return FileOutcome(path: path, status: .replaced, warnings: documentGraph.warnings)
        case .unchanged:
            return FileOutcome(path: path, status: .unchanged)
        case .duplicate(let other):
            return FileOutcome(path: path, status: .unchanged, message: "same content as \(other)")
        }
    }
}
