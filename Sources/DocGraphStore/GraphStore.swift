import DocGraphKit
import Foundation
import GRDB

/// The graph on SQLite: one file in WAL mode, opened and migrated by ``open(at:)``.
///
/// DocGraphStore is the only module that imports GRDB. It owns the schema and its migrations,
/// writing documents' facts (each whole or not at all), curation, full-text search, running
/// compiled queries and exports. It implements ``GraphReading`` for the pipeline and linkers.
public final class GraphStore: Sendable {
    /// Where the store lives; `nil` for an in-memory store.
    public let path: String?
    let database: any DatabaseWriter
    /// What each connection has of the functions compiled queries call.
    let connections = ConnectionRegistry()
    /// Copies the write-ahead log into the file beside the writer; `nil` for a read-only or
    /// in-memory store.
    let checkpointer: WALCheckpointer?

    private init(path: String?, database: any DatabaseWriter, checkpointer: WALCheckpointer? = nil) {
        self.path = path
        self.database = database
        self.checkpointer = checkpointer
    }

    /// The checkpointer's connection closes first, after any checkpoint under way, so the
    /// writer's, closed last and at once, copies the rest of the log into the file and removes it.
    deinit {
        checkpointer?.close()
    }

    /// How much of the file a query's connection maps into memory (SQLite caps it at its own
    /// maximum, 2 GB by default). Only queries map it: pages read so are counted in a
    /// process's resident memory, and an ingest's memory should not grow with its store.
    static let mappedBytes = 4 << 30

    /// The writer's page cache, in KiB: an ingest updates the same indexes document after
    /// document, and pages kept here are neither read back from the file nor copied again.
    static let writerCacheKiB = 32 * 1024

    /// How many pages the write-ahead log may hold before they are copied into the file, beside
    /// the writer (``WALCheckpointer``): a page that many documents change is copied once
    /// instead of once for each.
    static let checkpointPages: Int32 = 8_000
    /// How many pages the log may hold before the writer waits for them to be copied.
    static let checkpointLimitPages: Int32 = 32_000

    /// Opens (creating when missing) the store at a path and brings its schema up to date.
    ///
    /// - Throws: ``StoreError/newerSchema(path:unknown:)`` for a store written by a newer docgraph,
    ///   ``StoreError/cannotOpen(path:reason:)`` when the file is not a store or cannot be opened.
    public static func open(at path: String, readOnly: Bool = false) throws -> GraphStore {
        try open(at: path, readOnly: readOnly, checkpointPages: checkpointPages, limitPages: checkpointLimitPages)
    }

    /// Opens the store with the log copied from `checkpointPages` on and by the writer from
    /// `limitPages` on (``WALCheckpointer``).
    static func open(at path: String, readOnly: Bool, checkpointPages: Int32, limitPages: Int32) throws -> GraphStore {
        let checkpointer = readOnly ? nil : WALCheckpointer(path: path, startPages: checkpointPages, limitPages: limitPages)
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
                checkpointer?.install(on: db)
                // A statement that fires triggers, inside a transaction of several documents,
                // keeps undo copies of the pages it changes until it ends: in memory, not in a
                // temporary file (1.4 s of system time less in 1,000 documents).
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
        }
        let pool: DatabasePool
        do {
            if !readOnly {
                let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            }
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
        let store = GraphStore(path: path, database: pool, checkpointer: checkpointer)
        try store.migrate(readOnly: readOnly)
        return store
    }

    /// An empty store in memory, for tests and one-off work.
    public static func inMemory() throws -> GraphStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        let store = GraphStore(path: nil, database: queue)
        try store.migrate(readOnly: false)
        return store
    }

    /// Applies the migrations this build knows, refusing a store that a newer build wrote.
    private func migrate(readOnly: Bool) throws {
        let migrator = StoreMigrations.migrator()
        let location = path ?? ":memory:"
        do {
            let applied = try database.read { db -> [String] in
                guard try db.tableExists("grdb_migrations") else {
                    // A file that is neither empty nor a store is not ours to change.
                    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                    if !tables.isEmpty {
                        throw StoreError.cannotOpen(path: location, reason: "it is an SQLite database but not a docgraph store")
                    }
                    return []
                }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            let unknown = applied.filter { !StoreMigrations.identifiers.contains($0) }
            if !unknown.isEmpty {
                throw StoreError.newerSchema(path: location, unknown: unknown)
            }
            if readOnly {
                if applied.count < StoreMigrations.identifiers.count {
                    throw StoreError.cannotOpen(path: location, reason: "it needs an upgrade; open it once without --read-only")
                }
                return
            }
            try migrateRetryingRaces(migrator)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: location, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Applies the migrations. Two processes creating the same new store at once can both see
    /// it empty; the loser's migration then fails (the winner's tables exist), so it reads the
    /// applied migrations again and carries on from there.
    private func migrateRetryingRaces(_ migrator: DatabaseMigrator) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(database)
                return
            } catch let error as DatabaseError where attempt < 5 {
                attempt += 1
                let applied = (try? database.read { db in
                    try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                }) ?? []
                if applied.isEmpty && error.resultCode != .SQLITE_ERROR && error.resultCode != .SQLITE_BUSY { throw error }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Runs read-only work on a consistent snapshot. Other modules of docgraph get the store's
    /// data through typed methods; this stays inside the module.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try wrapDatabaseErrors { try database.read(work) }
    }

    /// Runs work in one write transaction.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try wrapDatabaseErrors { try database.write(work) }
    }

    /// Runs work, turning SQLite's errors into ``StoreError``s that name the store.
    func wrapDatabaseErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.busy(path: path ?? ":memory:")
            }
            throw StoreError.database(message: error.message ?? "\(error.resultCode)")
        }
    }
}
