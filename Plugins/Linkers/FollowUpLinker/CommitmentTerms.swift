/// What a commitment is weighed by, made when its candidates are weighed
/// (``FollowUpCorpus/terms(of:)``) and dropped after.
struct CommitmentTerms: Sendable {
    /// Weighted terms of its sentence, the sentences beside it, its heading and what it
    /// concerns, less its makers; the weights rounded to 4-byte floats as the windows' are.
    var vector: SparseVector
    /// The distinctive words an outcome cue must stand near.
    var topic: CueFinder.Topic
}
