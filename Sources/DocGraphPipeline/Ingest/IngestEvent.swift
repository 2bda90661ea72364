/// Progress of an ingest, reported as it goes so the command can draw a bar or print lines.
public enum IngestEvent: Sendable {
    /// The files are known.
    case started(total: Int)
    /// One file is done (`index` counts from 1).
    case finished(FileOutcome, index: Int, total: Int)
    /// Linkers are running over the whole graph.
    case linking
}
