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
    /// Members as parsed; a deferred member holds null here and its value in `deferred`.
    private var stored: [(key: String, value: JSONValue)]
    /// Values left unparsed by a deferring parse, by member position: parsed when read.
    private var deferred: [Int: DeferredJSON]
    /// 1-based line of the opening brace.
    public let line: Int
    /// Member positions by key, for objects with many members; small ones (GeoJSON's are 2 to 10
    /// members) are searched in order, as hashing every key of every object cost more.
    private var index: [String: Int]?
    /// Most members an object is searched in order for.
    private static let linearMembers = 12

    /// Creates an object from members; later duplicates replace earlier ones.
    public init(members: [(key: String, value: JSONValue)], line: Int) {
        self.init(members: members, line: line, deferred: [:])
    }

    /// Creates an object from members, some of whose values (by position) are left unparsed.
    init(members: [(key: String, value: JSONValue)], line: Int, deferred later: [Int: DeferredJSON]) {
        self.line = line
        self.stored = []
        self.deferred = [:]
        self.index = members.count > JSONObject.linearMembers ? [:] : nil
        stored.reserveCapacity(members.count)
        for (position, member) in members.enumerated() {
            let i: Int
            if let found = self.position(of: member.key) {
                i = found
                stored[i].value = member.value
            } else {
                i = stored.count
                index?[member.key] = i
                stored.append(member)
            }
            // Most objects defer nothing: no hashing for them.
            if !later.isEmpty, let d = later[position] {
                deferred[i] = d
            } else if !deferred.isEmpty {
                deferred[i] = nil
            }
        }
    }

    /// Members in the order they appear in the document (a duplicate key keeps its last value).
    public var members: [(key: String, value: JSONValue)] {
        guard !deferred.isEmpty else { return stored }
        return stored.indices.map { (stored[$0].key, value(at: $0)) }
    }

    /// The value of the member at a position, parsing it if it was deferred.
    private func value(at i: Int) -> JSONValue {
        if deferred.isEmpty { return stored[i].value }
        return deferred[i]?.value ?? stored[i].value
    }

    /// The position of the member with a key (String equality, as the dictionary's).
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return stored.firstIndex { $0.key == key }
    }

    /// The value for a key, or nil when absent.
    public subscript(key: String) -> JSONValue? {
        guard let i = position(of: key) else { return nil }
        return value(at: i)
    }

    /// The keys in document order.
    public var keys: [String] { stored.map(\.key) }

    /// True when the member's value was left unparsed by a deferring parse (tests check the path).
    func isDeferred(_ key: String) -> Bool { position(of: key).map { deferred[$0] != nil } ?? false }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        let l = lhs.members, r = rhs.members
        return l.count == r.count && zip(l, r).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
