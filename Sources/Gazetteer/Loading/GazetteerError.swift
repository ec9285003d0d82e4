/// Why data could not be loaded; the CLI maps these to sysexits codes.
public enum GazetteerError: Error, Sendable, CustomStringConvertible {
    /// A file or directory could not be opened or read (EX_NOINPUT, 66).
    case cannotRead(path: String, reason: String)
    /// The data is malformed or inconsistent (EX_DATAERR, 65).
    case invalidData([Diagnostic])

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .invalidData(let diagnostics):
            return diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
        }
    }

    /// The sysexits code for this error.
    public var exitCode: Int32 {
        switch self {
        case .cannotRead: return 66
        case .invalidData: return 65
        }
    }
}
