/// Every failure the Canvas can report, with enough context to tell the user what to do.
public enum CanvasError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A Cairo call failed; `operation` names the call, `message` is cairo_status_to_string.
    case cairo(operation: String, message: String)
    /// The canvas size or scale is zero, negative, not finite or too large.
    case invalidSize(String)
    /// An argument was out of range (e.g. a hex colour that does not parse).
    case invalidArgument(String)
    /// The output file or its directory could not be written; `path` names it.
    case cannotWrite(path: String, reason: String)
    /// zlib failed while encoding a PNG.
    case compression(String)
    /// A PNG could not be decoded.
    case invalidImage(String)
    /// The calls were made in an order that cannot work (e.g. endGroup without beginGroup).
    case misuse(String)

    /// A one-line, human-readable message.
    public var description: String {
        switch self {
        case let .cairo(operation, message): return "cairo: \(operation) failed: \(message)"
        case let .invalidSize(what): return "invalid canvas size: \(what)"
        case let .invalidArgument(what): return "invalid argument: \(what)"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        case let .compression(what): return "PNG compression failed: \(what)"
        case let .invalidImage(what): return "invalid image: \(what)"
        case let .misuse(what): return "canvas misuse: \(what)"
        }
    }
}
