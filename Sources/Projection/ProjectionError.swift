/// A PROJ operation failed; carries PROJ's own message.
public struct ProjectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation that failed.
    public let operation: String
    /// PROJ's message or our description.
    public let message: String

    /// Creates an error.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "PROJ \(operation) failed: \(message)" }
}
