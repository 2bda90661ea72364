import GRDB
import GRDBSQLite
import Synchronization

/// Copies the store's write-ahead log into its file on a connection and a thread of its own, so
/// the writer does not stop for it.
///
/// SQLite's automatic checkpoint runs on the connection that commits, right after the commit:
/// at 10,000 documents it took a tenth of the writer's time, and an ingest waits for its
/// writer. The writer's connection reports the size of the log after each commit instead
/// (``install(on:)``, which turns SQLite's own checkpoint off). From ``startPages`` on, a
/// passive checkpoint copies what was committed while the writer goes on. The log starts again
/// from its beginning only when a transaction begins after all of it was copied, which a
/// writer that keeps committing rarely allows; so from ``limitPages`` on the writer waits for
/// the copy under way and for one more of the rest, as it would have for SQLite's own.
///
/// A checkpoint that cannot run (another process holds the checkpoint, or the second
/// connection cannot be opened) is left for a later commit; the log stays complete meanwhile,
/// so nothing is lost, and the writer's wait at ``limitPages`` keeps it bounded.
final class WALCheckpointer: Sendable {
    let path: String
    /// The log's size in pages at which a checkpoint starts beside the writer.
    let startPages: Int32
    /// The log's size in pages at which the writer waits for the log to be copied.
    let limitPages: Int32

    private struct Status {
        var connection: DatabaseQueue?
        /// Set by ``close()``: no connection is opened again.
        var closed = false
        var running = false
        /// How many checkpoints ran beside the writer, and how many the writer waited for.
        var besideWriter = 0
        var awaitedByWriter = 0
    }

    private let status = Mutex(Status())

    init(path: String, startPages: Int32, limitPages: Int32) {
        self.path = path
        self.startPages = startPages
        self.limitPages = max(startPages, limitPages)
    }

    /// Checkpoints run so far beside the writer, and those the writer waited for.
    var counts: (besideWriter: Int, awaitedByWriter: Int) {
        status.withLock { ($0.besideWriter, $0.awaitedByWriter) }
    }

    /// Returns once no checkpoint is under way beside the writer.
    func waitForCheckpoint() {
        let connection = status.withLock { $0.connection }
        connection?.inDatabase { _ in }
    }

    /// Waits for a checkpoint under way and closes the second connection, so that the
    /// writer's, closed last, copies the rest of the log into the file and removes it.
    func close() {
        let connection = status.withLock { status in
            status.closed = true
            defer { status.connection = nil }
            return status.connection
        }
        connection?.inDatabase { _ in }
    }

    /// Has the writer's connection report each commit's log size here, in place of SQLite's
    /// automatic checkpoint. The checkpointer must outlive the connection.
    func install(on db: Database) {
        guard let connection = db.sqliteConnection else { return }
        sqlite3_wal_hook(connection, { context, writer, _, pages in
            guard let context else { return SQLITE_OK }
            Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().committed(logPages: pages, writer: writer)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// What a commit leaving `logPages` pages in the log sets going; runs on the writer.
    private func committed(logPages: Int32, writer: OpaquePointer?) {
        if logPages >= limitPages {
            status.withLock { $0.awaitedByWriter += 1 }
            if let connection = try? connection() {
                // After the copy under way, on the same queue.
                connection.inDatabase { db in Self.checkpoint(db.sqliteConnection) }
            } else {
                Self.checkpoint(writer)
            }
            return
        }
        guard logPages >= startPages else { return }
        let claimed = status.withLock { status -> Bool in
            guard !status.running else { return false }
            status.running = true
            status.besideWriter += 1
            return true
        }
        guard claimed else { return }
        guard let connection = try? connection() else {
            status.withLock { $0.running = false }
            return
        }
        connection.asyncWriteWithoutTransaction { db in
            Self.checkpoint(db.sqliteConnection)
            self.status.withLock { $0.running = false }
        }
    }

    /// The second connection, opened the first time it is needed.
    private func connection() throws -> DatabaseQueue {
        try status.withLock { status in
            if let connection = status.connection { return connection }
            if status.closed { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the store is closing") }
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            let connection = try DatabaseQueue(path: path, configuration: configuration)
            status.connection = connection
            return connection
        }
    }

    /// Copies what it can of the log without waiting for readers or the writer.
    private static func checkpoint(_ connection: OpaquePointer?) {
        guard let connection else { return }
        var logPages: Int32 = 0
        var copied: Int32 = 0
        _ = sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied)
    }
}
