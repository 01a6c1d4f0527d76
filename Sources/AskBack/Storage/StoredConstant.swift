/// A tuning constant of `Root` as an index file stores it: where it is, and the values a file
/// may give it.
///
/// A type lists its constants once, in file order, and writes and reads through that one list,
/// so the two can never disagree.
enum StoredConstant<Root> {
  /// A real number, which must lie in the range.
  case double(WritableKeyPath<Root, Double> & Sendable, ClosedRange<Double>)
  /// A count from 0 to the limit.
  case count(WritableKeyPath<Root, Int> & Sendable, limit: Int)

  /// Writes every constant of `root`, in order.
  static func write(_ constants: [Self], of root: Root, to writer: inout BinaryWriter) {
    for constant in constants {
      switch constant {
      case .double(let path, _): writer.write(root[keyPath: path])
      case .count(let path, _): writer.write(root[keyPath: path])
      }
    }
  }

  /// Reads every constant into `root`, in order; a count out of its range is an error at once.
  static func read(
    _ constants: [Self], into root: inout Root, from reader: inout BinaryReader
  ) throws(IndexFileError) {
    for constant in constants {
      switch constant {
      case .double(let path, _): root[keyPath: path] = try reader.readDouble()
      case .count(let path, let limit): root[keyPath: path] = try reader.readCount(limit: limit)
      }
    }
  }

  /// Whether every real number of `root` lies in its range.
  static func inRange(_ constants: [Self], of root: Root) -> Bool {
    constants.allSatisfy { constant in
      guard case .double(let path, let range) = constant else { return true }
      return range.contains(root[keyPath: path])
    }
  }
}
