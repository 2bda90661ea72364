import DocGraphStore

extension GraphStore {
    /// Updates the query planner's statistics after a batch has been written or linked, when
    /// the graph has changed enough since they were gathered to matter
    /// (``plannerStatisticsAreStale()``). A failure is a warning, not an error: what was
    /// written stands, and queries still answer, only perhaps by a slower plan.
    func refreshPlannerStatistics() {
        do {
            if try plannerStatisticsAreStale() { try updatePlannerStatistics() }
        } catch {
            Terminal.error("warning: the query planner's statistics were not updated: \(error)")
        }
    }
}
