/// The commitment reports of DocGraphReports: what was promised, by whom, and what became of
/// it, read from any ``GraphReading`` (the store, or an in-memory graph in tests).
///
/// ``CommitmentCatalog`` reads every commitment with its makers, plan, follow-ups and derived
/// status (``CommitmentStatus/derive(followUps:due:asOf:)``, the same rule the follow-up linker
/// records, computed on read so curated follow-ups count at once). ``CommitmentListRenderer``
/// writes the list `docgraph commitments` prints; ``TraceRenderer`` writes the chains
/// `docgraph trace` prints, as text, Markdown, JSON or Graphviz DOT.
public enum CommitmentReports {}
