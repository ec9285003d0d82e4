/// One problem found in a data file: where it is, what is wrong, and what to do.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The data cannot be used as it is (exit 65).
        case error
        /// Suspicious but usable.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file the problem is in.
    public var file: String
    /// 1-based line, where known.
    public var line: Int?
    /// 1-based column, where known.
    public var column: Int?
    /// The feature: `feature "ben-avon"` (by id) or `features[12]` when it has none.
    public var feature: String?
    /// The field path inside the feature or file (`properties.names[2].lang`).
    public var field: String?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, feature: String? = nil,
                field: String? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.feature = feature
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: feature "id": field: message. hint`
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        s += ": \(severity.rawValue): "
        if let feature { s += "\(feature): " }
        if let field { s += "\(field): " }
        s += message
        if let hint { s += " — \(hint)" }
        return s
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
