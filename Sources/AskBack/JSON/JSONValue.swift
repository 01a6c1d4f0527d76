/// A JSON value, as read by ``JSONReader`` and written by ``JSONWriter``.
///
/// Objects keep their members in the order they were read or built, so
/// writing a value back gives the same bytes every time.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])
  /// JSON text written as it is: a value echoed exactly as an input wrote it, such as a batch
  /// line's id (``JSONReader/parseKeepingMemberTexts(_:)`` gives the texts). The reader never
  /// makes one; the text must be one valid JSON value.
  case raw(String)

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.raw(let a), .raw(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The value of member `key` of an object; `nil` for a missing member or a value that is not an
  /// object.
  ///
  /// When a key repeats, the last one counts.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  /// The string, or `nil` for any other kind of value.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The number, or `nil` for any other kind of value.
  public var numberValue: Double? {
    if case .number(let n) = self { return n }
    return nil
  }

  /// The boolean, or `nil` for any other kind of value.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The elements, or `nil` for any other kind of value.
  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// Whether this is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// A name for the kind of value, for error messages.
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    case .raw: return "JSON text"
    }
  }
}
