/// Why a map could not be drawn; the CLI maps these to sysexits codes.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// An id on the command line matches nothing (EX_USAGE, 64); carries the nearest ids.
    case unknownID(kind: String, id: String, suggestions: [String])
    /// The request cannot be satisfied as given (EX_USAGE, 64).
    case badRequest(String)
    /// The data cannot be drawn (EX_DATAERR, 65).
    case badData(String)
    /// The output could not be written (EX_CANTCREAT, 73).
    case cannotWrite(String)
    /// A library failed unexpectedly (EX_SOFTWARE, 70).
    case internalError(String)

    public var description: String {
        switch self {
        case .unknownID(let kind, let id, let suggestions):
            let hint = suggestions.isEmpty ? "run `borderlines list` to see the ids" : "did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: " or "))?"
            return "unknown \(kind) \"\(id)\" — \(hint)"
        case .badRequest(let m), .badData(let m), .cannotWrite(let m), .internalError(let m):
            return m
        }
    }

    /// The sysexits code.
    public var exitCode: Int32 {
        switch self {
        case .unknownID, .badRequest: return 64
        case .badData: return 65
        case .cannotWrite: return 73
        case .internalError: return 70
        }
    }
}
