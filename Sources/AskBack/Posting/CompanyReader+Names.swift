extension CompanyReader {
  /// The sentences of a line, split after a period, exclamation or question mark and a space.
  static func sentences(of line: String) -> [String] {
    var line = line
    return line.withUTF8 { bytes in
      var result: [String] = []
      var start = 0
      func piece(_ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
      // A space after ".", "!" or "?" ends a sentence, unless an abbreviation ends there.
      for i in bytes.indices.dropFirst()
      where bytes[i] == 0x20
        && (bytes[i - 1] == 0x2E || bytes[i - 1] == 0x21 || bytes[i - 1] == 0x3F)
      {
        // Only the last word can be an abbreviation: it alone is read.
        var wordStart = i - 1
        while wordStart > start, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), as: UTF8.self)
        guard !endsWithAbbreviation(word) else { continue }
        result.append(piece(i))
        start = i + 1
      }
      if start < bytes.count { result.append(piece(bytes.count)) }
      return result.map { $0.trimmingWhitespace }
    }
  }

  /// Whether `text` ends with an abbreviation whose period ends no sentence:
  /// "Inc.", "Co.", "St.", or one with inner periods such as "P.A." or "U.S.".
  static func endsWithAbbreviation(_ text: String) -> Bool {
    var end = text.endIndex
    while end > text.startIndex, text[text.index(before: end)] == " " {
      end = text.index(before: end)
    }
    guard end > text.startIndex else { return false }
    let start = text[..<end].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
    let lastWord = text[start..<end]
    if [
      "Inc.", "Co.", "Corp.", "Ltd.", "St.", "Dr.", "Mr.", "Ms.", "Mrs.", "Jr.", "Sr.", "No.",
      "vs.", "e.g.", "i.e.",
    ]
    .contains(String(lastWord)) {
      return true
    }
    return lastWord.dropLast().utf8.contains(UInt8(ascii: ".")) && lastWord.count <= 6
  }

  /// Whether ``leadingName(_:)`` may find a name in `text`, read from its first two bytes.
  ///
  /// Its first word must start with a capital or a figure, or with a small letter before a
  /// capital ("eBay"); a text that starts with anything else in ASCII has no leading name.
  static func mayStartName(_ text: String) -> Bool {
    var bytes = text.utf8.drop(while: isASCIIWhitespace).makeIterator()
    guard let first = bytes.next() else { return false }
    if first >= 0x80 || isASCIIUpper(first) || first &- 0x30 < 10 { return true }
    guard isASCIILower(first), let second = bytes.next() else { return false }
    return second >= 0x80 || isASCIIUpper(second)
  }

  /// Whether `text` holds, in any case, one of the openings that may follow a name in a
  /// sentence about the company (``companyVerbs``, "is ", "has ", ", a " and the like).
  ///
  /// What follows the name is part of the text, so a text without any of them cannot describe
  /// a company, and its leading name need not be read.
  static func mayDescribeCompany(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for i in bytes.indices {
        let byte = asciiLower(bytes[i])
        guard byte < 0x80, let group = descriptionOpenings[Int(byte)] else { continue }
        for opening in group where opening.count <= bytes.count - i {
          var k = 1
          while k < opening.count && asciiLower(bytes[i + k]) == opening[k] { k += 1 }
          if k == opening.count { return true }
        }
      }
      return false
    }
  }

  /// The openings of ``mayDescribeCompany(_:)``, grouped by their first byte.
  static let descriptionOpenings: [[[UInt8]]?] = {
    let openings =
      ["is ", "has ", ", a ", ", an ", ", the ", ", one of "]
      + companyVerbs.filter { !$0.hasPrefix("is ") && !$0.hasPrefix("has ") }
    var groups = [[[UInt8]]?](repeating: nil, count: 128)
    for opening in openings {
      let bytes = Array(opening.utf8)
      groups[Int(bytes[0])] = (groups[Int(bytes[0])] ?? []) + [bytes]
    }
    return groups
  }()

  /// The capitalised name at the start of `text`: capitalised words joined
  /// by a few lower-case connectors, up to the first other word or
  /// punctuation mark.
  static func leadingName(_ text: String) -> String? {
    var words: [String] = []
    // The words between spaces, read only as far as the name goes.
    var rest = Substring(text.trimmingWhitespace)
    while true {
      while rest.first == " " { rest.removeFirst() }
      guard !rest.isEmpty else { break }
      let end = rest.firstIndex(of: " ") ?? rest.endIndex
      var word = String(rest[..<end])
      rest = rest[end...]
      var ends = false
      if let open = word.firstIndex(of: "("), open != word.startIndex {
        word = String(word[..<open])
        ends = true
      }
      if let last = word.last, ",;:!?".contains(last) {
        word.removeLast()
        ends = true
      }
      if LowercasedText.containsExactly(word, "www.")
        || LowercasedText.containsExactly(word, "http")
        || word.hasSuffix(".com")
      {
        break
      }
      // A possessive ends the name: "Butler University's Office" -> "Butler University".
      if word.hasSuffix("'s") || word.hasSuffix("’s"), word.count > 2, !words.isEmpty {
        words.append(String(word.dropLast(2)))
        break
      }
      let initial = word.count == 2 && word.first?.isUppercase == true
      if word.hasSuffix("."), !initial,
        !["Inc.", "Co.", "Corp.", "Ltd.", "L.L.C.", "Jr.", "St."].contains(word)
      {
        word.removeLast()
        ends = true
      }
      guard let first = word.unicodeScalars.first else { break }
      let capital =
        first.properties.isUppercase || first.properties.numericType != nil
        || (first.properties.isLowercase
          && word.unicodeScalars.dropFirst().first?.properties.isUppercase == true)
      if capital {
        words.append(word)
      } else if nameConnectors.contains(word), !words.isEmpty {
        words.append(word)
      } else {
        break
      }
      if ends || words.count >= 7 { break }
    }
    while let last = words.last, nameConnectors.contains(last) { words.removeLast() }
    guard !words.isEmpty else { return nil }
    return words.joined(separator: " ")
  }

  /// Rejects generic words; trims possessives and stray punctuation.
  static func cleanName(_ name: String) -> String? {
    var name = name.trimming(" ,.;:!?\"'“”()")
    if name.hasSuffix("'s") || name.hasSuffix("’s") { name = String(name.dropLast(2)) }
    guard name.contains(where: \.isLetter), name.count >= 2, name.count <= 60 else { return nil }
    if legalSuffixes.contains(name.lowercased()) || legalSuffixes.contains(name.lowercased() + ".")
    {
      return nil
    }
    // "Acme Health, Inc." reads as "Acme Health" in a question.
    var parts = name.split(separator: " ").map(String.init)
    while parts.count > 1, let last = parts.last,
      legalSuffixes.contains(last.lowercased()) || legalSuffixes.contains(last.lowercased() + ".")
    {
      parts.removeLast()
      if let previous = parts.last, previous.hasSuffix(",") {
        parts[parts.count - 1] = String(previous.dropLast())
      }
    }
    name = parts.joined(separator: " ")
    var lower = name.lowercased()
    if lower.hasPrefix("the ") && notNames.contains(String(lower.dropFirst(4))) { return nil }
    if notNames.contains(lower) { return nil }
    let first = name.split(separator: " ").first.map { String($0).lowercased() } ?? ""
    let pronouns: Set<String> = [
      "we", "our", "you", "your", "this", "these", "they", "it", "its", "their", "i",
    ]
    if pronouns.contains(first) { return nil }
    // Headings in capitals ("ABOUT THE ROLE", "RESPONSIBILITIES") are not names.
    lower = lower.trimming(" :")
    if RoleReader.headings.contains(lower) { return nil }
    // "The Georgia Tech Research Institute" would read "at The Georgia ..." inside a question.
    if lower.hasPrefix("the "), name.count > 6 { name = String(name.dropFirst(4)) }
    return name
  }
}
