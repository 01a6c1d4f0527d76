extension FactReader {
  /// Writes the ordinary words, the two gazetteers and the verbs.
  func write(to writer: inout BinaryWriter) {
    writer.write(commonWords.sorted())
    tools.write(to: &writer)
    equipment.write(to: &writer)
    writer.write(verbs.sorted())
  }

  /// Reads what ``write(to:)`` wrote.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let common = Set(try reader.readStrings())
    let tools = try Gazetteer(reading: &reader)
    let equipment = try Gazetteer(reading: &reader)
    let verbs = Set(try reader.readStrings())
    self.init(commonWords: common, tools: tools, equipment: equipment, verbs: verbs)
  }
}

extension Gazetteer {
  /// Writes the entries (display, specificity) and the aliases, in a fixed order.
  func write(to writer: inout BinaryWriter) {
    writer.write(
      displays.map {
        switch $0 {
        case .asWritten: return ""
        case .name(let name): return name
        }
      })
    writer.write(specificity.map { UInt32(clamping: $0) })
    let all = aliases.keys.sorted().flatMap { aliases[$0] ?? [] }
    writer.write(all.count)
    for alias in all {
      writer.write(alias.words)
      writer.write(alias.exact ?? [])
      writer.write(
        UInt8(alias.exact == nil ? 0 : 1) | (alias.notSentenceStart ? 2 : 0)
          | (alias.standalone ? 4 : 0))
      writer.write(UInt32(alias.entry))
    }
    // The scopes: the codes, the sets of occupations, and each entry's set (or none).
    writer.write(codes)
    writer.write(scopes.count)
    for scope in scopes { writer.write(scope.map { UInt32($0) }) }
    writer.write(users.map { $0.map { UInt32($0) } ?? UInt32.max })
  }

  /// Reads what ``write(to:)`` wrote, checking every alias points at an entry.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let names = try reader.readStrings()
    let specificity: [UInt32] = try reader.readArray()
    guard specificity.count == names.count else { throw .corrupt("a gazetteer") }
    let count = try reader.readCount(limit: reader.remaining)
    var byWord: [String: [Alias]] = [:]
    for _ in 0..<count {
      let words = try reader.readStrings()
      let exact = try reader.readStrings()
      let flags = try reader.readByte()
      let entry = Int(try reader.readUInt32())
      guard let first = words.first, entry < names.count,
        flags & 1 == 0 ? exact.isEmpty : exact.count == words.count
      else { throw .corrupt("a gazetteer alias") }
      byWord[first, default: []].append(
        Alias(
          words: words, exact: flags & 1 == 0 ? nil : exact, notSentenceStart: flags & 2 != 0,
          standalone: flags & 4 != 0, entry: entry))
    }
    let codes = try reader.readStrings()
    let scopeCount = try reader.readCount(limit: reader.remaining)
    var scopes: [[Int32]] = []
    scopes.reserveCapacity(scopeCount)
    for _ in 0..<scopeCount {
      let named: [UInt32] = try reader.readArray()
      guard named.allSatisfy({ Int($0) < codes.count }) else { throw .corrupt("a gazetteer scope") }
      scopes.append(named.map { Int32($0) })
    }
    let users: [UInt32] = try reader.readArray()
    guard users.count == names.count,
      users.allSatisfy({ $0 == UInt32.max || Int($0) < scopes.count })
    else { throw .corrupt("a gazetteer scope") }
    self.init(
      displays: names.map { $0.isEmpty ? .asWritten : .name($0) },
      specificity: specificity.map(Int.init), aliases: byWord, codes: codes, scopes: scopes,
      users: users.map { $0 == UInt32.max ? nil : Int32($0) })
  }
}
