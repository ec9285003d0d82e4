/// A parsed JSON value; objects remember the line they start on so diagnostics can cite it.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value as an object, or nil.
    public var object: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    /// The value as an array, or nil.
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    /// The value as a string, or nil.
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    /// The value as a number, or nil.
    public var number: Double? { if case .number(let n) = self { return n } else { return nil } }
    /// The value as a boolean, or nil.
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    /// True for JSON null.
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// A short name of the value's JSON type, for messages ("a string", "an array"…).
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object: members in document order, a key index, and the line where it starts.
public struct JSONObject: Sendable, Equatable {
    /// Members in the order they appear in the document (a duplicate key keeps its last value).
    public private(set) var members: [(key: String, value: JSONValue)]
    /// 1-based line of the opening brace.
    public let line: Int
    private var index: [String: Int]

    /// Creates an object from members; later duplicates replace earlier ones.
    public init(members: [(key: String, value: JSONValue)], line: Int) {
        self.line = line
        self.members = []
        self.index = [:]
        for member in members {
            if let i = index[member.key] {
                self.members[i].value = member.value
            } else {
                index[member.key] = self.members.count
                self.members.append(member)
            }
        }
    }

    /// The value for a key, or nil when absent.
    public subscript(key: String) -> JSONValue? {
        guard let i = index[key] else { return nil }
        return members[i].value
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
