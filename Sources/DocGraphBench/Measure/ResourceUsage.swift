#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process has used so far, from getrusage(2).
public enum ResourceUsage {
    #if canImport(Glibc)
    private static let process = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let process = RUSAGE_SELF
    #endif

    /// The largest resident set the process has had, in mebibytes.
    public static var peakMemoryMB: Double {
        var usage = rusage()
        guard getrusage(process, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    /// CPU seconds spent in user and system mode.
    public static var cpuSeconds: Double {
        var usage = rusage()
        guard getrusage(process, &usage) == 0 else { return 0 }
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
