import CFreedMemory

/// Gives memory the process has freed back to the system.
///
/// The C allocator keeps what is freed for reuse, one pool (arena) per thread that allocated
/// it, so after a phase that held much and let it go (a linker's corpus, a segment of its
/// postings) the resident size stays at that phase's peak, and the next phase, allocating on
/// another thread, adds to it. Called between such phases, this returns the free pages, so
/// the peak is what is held at once rather than the sum of the phases. With glibc it trims
/// every arena (`malloc_trim`); elsewhere it does nothing.
public enum FreedMemory {
    /// Returns the free pages of every allocator pool to the system.
    public static func giveBack() {
        docgraph_give_back_freed_memory()
    }
}
