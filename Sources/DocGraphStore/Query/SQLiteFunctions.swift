import GRDBSQLite

/// Registers ``SQLFunction``s and ``SQLAggregate``s with SQLite's C interface, so that a call
/// reads its arguments from SQLite's values and writes its result straight back, with no
/// intermediate copies.
///
/// Each registration holds a retained context (the Swift function and the connection's
/// ``ConnectionFunctions``) that SQLite hands back to the C callbacks below and releases
/// through the destructor when the function is replaced or the connection closes.
enum SQLiteFunctions {
    /// Registers a scalar function on `connection`.
    static func register(_ function: SQLFunction, on connection: OpaquePointer, for owner: ConnectionFunctions) throws {
        let context = ScalarContext(function: function, owner: owner)
        try create(function.name, argumentCount: function.argumentCount, on: connection,
                   context: Unmanaged.passRetained(context).toOpaque(), function: callScalar, step: nil, final: nil)
    }

    /// Registers an aggregate on `connection`.
    static func register(_ aggregate: SQLAggregate, on connection: OpaquePointer, for owner: ConnectionFunctions) throws {
        let context = AggregateContext(accumulator: aggregate.accumulator, owner: owner)
        try create(aggregate.name, argumentCount: aggregate.argumentCount, on: connection,
                   context: Unmanaged.passRetained(context).toOpaque(), function: nil, step: stepAggregate, final: finishAggregate)
    }

    private typealias Callback = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void
    private typealias FinalCallback = @convention(c) (OpaquePointer?) -> Void

    /// `sqlite3_create_function_v2`, which calls `release` on the context itself when it fails.
    private static func create(_ name: String, argumentCount: Int?, on connection: OpaquePointer, context: UnsafeMutableRawPointer,
                               function: Callback?, step: Callback?, final: FinalCallback?) throws {
        let code = sqlite3_create_function_v2(connection, name, Int32(argumentCount ?? -1), SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              context, function, step, final, release)
        guard code == SQLITE_OK else {
            let message = sqlite3_errmsg(connection).map { String(cString: $0) } ?? "error \(code)"
            throw StoreError.database(message: "cannot register the SQL function \(name): \(message)")
        }
    }

    private static let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { context in
        guard let context else { return }
        Unmanaged<AnyObject>.fromOpaque(context).release()
    }

    // MARK: Scalar functions

    /// What SQLite keeps for one registered scalar function.
    private final class ScalarContext {
        let function: SQLFunction
        let owner: ConnectionFunctions

        init(function: SQLFunction, owner: ConnectionFunctions) {
            self.function = function
            self.owner = owner
        }
    }

    private static let callScalar: Callback = { call, count, values in
        guard let call, let user = sqlite3_user_data(call) else { return }
        let context = Unmanaged<ScalarContext>.fromOpaque(user).takeUnretainedValue()
        do {
            setResult(try context.function.body(SQLFunctionArguments(count: Int(count), handles: values)), of: call)
        } catch {
            fail(call, with: error, recordedIn: context.owner)
        }
    }

    // MARK: Aggregates

    /// What SQLite keeps for one registered aggregate.
    private final class AggregateContext {
        let accumulator: any SQLAccumulator.Type
        let owner: ConnectionFunctions

        init(accumulator: any SQLAccumulator.Type, owner: ConnectionFunctions) {
            self.accumulator = accumulator
            self.owner = owner
        }
    }

    /// One group's accumulation, kept in SQLite's per-group memory between steps.
    private final class Accumulation {
        var accumulator: any SQLAccumulator
        var hasFailed = false

        init(accumulator: any SQLAccumulator) {
            self.accumulator = accumulator
        }
    }

    /// The accumulation of the group SQLite calls for, kept (retained) in SQLite's per-group
    /// memory from the group's first row; `nil` when SQLite cannot allocate that memory. When
    /// `finishing`, the memory's reference is handed back: the group's last call owns it.
    private static func accumulation(of call: OpaquePointer, for context: AggregateContext, finishing: Bool) -> Accumulation? {
        let size = Int32(MemoryLayout<UnsafeMutableRawPointer?>.stride)
        guard let memory = sqlite3_aggregate_context(call, size) else { return nil }
        let slot = memory.bindMemory(to: UnsafeMutableRawPointer?.self, capacity: 1)
        if let stored = slot.pointee {
            let kept = Unmanaged<Accumulation>.fromOpaque(stored)
            if !finishing { return kept.takeUnretainedValue() }
            slot.pointee = nil
            return kept.takeRetainedValue()
        }
        // A group no row reached (an aggregate over no rows) is finished without a step.
        let accumulation = Accumulation(accumulator: context.accumulator.init())
        if !finishing { slot.pointee = Unmanaged.passRetained(accumulation).toOpaque() }
        return accumulation
    }

    private static let stepAggregate: Callback = { call, count, values in
        guard let call, let user = sqlite3_user_data(call) else { return }
        let context = Unmanaged<AggregateContext>.fromOpaque(user).takeUnretainedValue()
        guard let accumulation = accumulation(of: call, for: context, finishing: false) else { return sqlite3_result_error_nomem(call) }
        guard !accumulation.hasFailed else { return }
        do {
            try accumulation.accumulator.step(Array(SQLFunctionArguments(count: Int(count), handles: values)))
        } catch {
            accumulation.hasFailed = true
            fail(call, with: error, recordedIn: context.owner)
        }
    }

    private static let finishAggregate: FinalCallback = { call in
        guard let call, let user = sqlite3_user_data(call) else { return }
        let context = Unmanaged<AggregateContext>.fromOpaque(user).takeUnretainedValue()
        guard let accumulation = accumulation(of: call, for: context, finishing: true) else { return sqlite3_result_error_nomem(call) }
        guard !accumulation.hasFailed else { return }
        do {
            setResult(try accumulation.accumulator.result(), of: call)
        } catch {
            fail(call, with: error, recordedIn: context.owner)
        }
    }

    // MARK: Results

    /// SQLite copies text and blobs given with this destructor before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func setResult(_ value: SQLValue, of call: OpaquePointer) {
        switch value {
        case .null: sqlite3_result_null(call)
        case .integer(let int): sqlite3_result_int64(call, int)
        case .real(let double): sqlite3_result_double(call, double)
        case .text(var text):
            text.withUTF8 { utf8 in
                // SQLite reads a null pointer as NULL, not as empty text.
                guard let start = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_result_text(call, "", 0, transient) }
                start.withMemoryRebound(to: CChar.self, capacity: utf8.count) { characters in
                    sqlite3_result_text64(call, characters, UInt64(utf8.count), transient, UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            bytes.withUnsafeBytes { buffer in
                // Likewise a null pointer would be NULL rather than an empty blob.
                guard let start = buffer.baseAddress, !buffer.isEmpty else { return sqlite3_result_zeroblob(call, 0) }
                sqlite3_result_blob64(call, start, UInt64(buffer.count), transient)
            }
        }
    }

    /// Fails the statement with the error's text, keeping the error itself for the caller.
    private static func fail(_ call: OpaquePointer, with error: any Error, recordedIn owner: ConnectionFunctions) {
        owner.failures.record(error)
        sqlite3_result_error(call, "\(error)", -1)
    }
}
