/// A GEOS operation failed; carries GEOS's own message.
public struct GeometryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation that failed (e.g. "union", "WKT reader").
    public let operation: String
    /// GEOS's message, or a description of the failure when GEOS gave none.
    public let message: String

    /// Creates an error.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "GEOS \(operation) failed: \(message)" }
}
