/// Reads a posting's responsibilities as short gerund phrases a question can hold.
///
/// The duties come from the lines under a heading such as "Responsibilities", "Duties", "What
/// you'll do" or "Essential functions", up to the next heading such as "Requirements" (without
/// such a heading, from lines that read as duties). Each line, split at sentences and where an
/// export ran two bullets together ("...channels)Develop..."), becomes a duty when it starts
/// with a verb, after leading words such as "You will" or "Responsible for": the verb becomes
/// its -ing form ("Prepare" and "Prepares" become "preparing"), and the phrase stops before a
/// trailing clause (", ensuring ...", " to ensure ...", " as needed", "(...)") and within
/// ``maximumWords`` words, never ending on a word such as "the" or "and". "Other duties as
/// assigned" is no duty.
enum DutyReader {
  /// The longest duty, in words.
  static let maximumWords = 8
  /// The most duties read.
  static let maximumDuties = 12
  /// The longest line of a list outside a responsibilities part, in words.
  static let maximumListLineWords = 40

  /// The posting's duties, in order.
  ///
  /// - Parameter verbs: base-form verbs (in lower case) a duty may start with.
  /// - Complexity: O(*n*) in the length of the posting.
  static func duties(in text: PostingText, verbs: Set<String>) -> [PostingFact] {
    let section = section(of: text.lines)
    // Without a heading, every line but the first (the title) may hold duties, but only a
    // line of a list counts: one that starts with a bullet, whose neighbour holds a duty, or
    // that holds several (an export that ran the bullets together).
    let lines = section ?? Array(text.lines.dropFirst())
    var perLine: [[String]] = lines.map { line in
      guard !line.utf8.contains(0x40), !LowercasedText.containsExactly(line, "http") else {
        return []
      }
      return segments(of: line, verbs: verbs).compactMap { phrase($0, verbs: verbs) }
    }
    if section == nil {
      perLine = perLine.indices.map { i in
        let bulleted = lines[i].first.map { "•·*-–—▪●○■".contains($0) } ?? false
        let neighbour =
          (i > 0 && !perLine[i - 1].isEmpty) || (i + 1 < perLine.count && !perLine[i + 1].isEmpty)
        let short = Words.hasAtMost(maximumListLineWords, spaceSeparatedPiecesIn: lines[i])
        let list = perLine[i].count >= 2
        return list || ((bulleted || neighbour) && short) ? perLine[i] : []
      }
    }
    var duties: [PostingFact] = []
    var seen = Set<String>()
    for (line, phrases) in zip(lines, perLine) {
      // A generic duty still marks its line as part of a list above, but is not kept.
      for duty in phrases where !isGeneric(duty) && seen.insert(duty.lowercased()).inserted {
        duties.append(PostingFact(value: duty, evidence: line))
        if duties.count == maximumDuties { return duties }
      }
    }
    return duties
  }

  /// The lines of the responsibilities part, or `nil` when the posting has no such heading.
  static func section(of lines: [String]) -> [String]? {
    var result: [String] = []
    var inside = false
    for line in lines {
      let key = headingKey(line)
      if let key, isHeading(key.text) {
        inside = true
        if !key.rest.isEmpty { result.append(key.rest) }
        continue
      }
      if inside, let key,
        endings.contains(key.text) || endingPrefixes.contains(where: key.text.hasPrefix)
      {
        if !result.isEmpty { break }
        inside = false
        continue
      }
      if inside { result.append(line) }
    }
    return result.isEmpty ? nil : result
  }

  /// Whether a heading's words open the responsibilities part: one of ``headings``, or a
  /// short heading ending in "responsibilities", "duties" or "functions" ("General
  /// Responsibilities", "Store Manager Duties").
  static func isHeading(_ text: String) -> Bool {
    if headings.contains(text) { return true }
    let words = text.split(separator: " ")
    if words.count <= 7, ["you will", "you'll", "you’ll"].contains(where: text.hasSuffix) {
      return true
    }
    guard words.count <= 4, let last = words.last else { return false }
    return ["responsibilities", "duties", "functions"].contains(String(last))
      && !words.contains("qualifications")
  }

  /// A line read as a heading: its words in lower case without marks, and the text after a
  /// colon; `nil` for a line that is too long to be a heading.
  static func headingKey(_ line: String) -> (text: String, rest: String)? {
    // The first colon, found by its byte: a ":" byte that is not a character of its own (a
    // combining mark follows it) is passed over, as a search by character would.
    var colon: String.Index?
    var from = line.utf8.startIndex
    while let found = line.utf8[from...].firstIndex(of: 0x3A) {
      if line[found] == ":" {
        colon = found
        break
      }
      from = line.utf8.index(after: found)
    }
    let head = colon.map { line[..<$0] } ?? line[...]
    // A heading has at most seven words: stop counting at the eighth.
    guard hasAtMostSevenWords(head) else { return nil }
    let rest = colon.map { String(line[line.index(after: $0)...]).trimmingWhitespace } ?? ""
    let text = head.lowercased().trimming(" *#-•:.!")
      .split(whereSeparator: isWhitespace).joined(separator: " ")
    guard !text.isEmpty else { return nil }
    return (text, rest)
  }

  /// Whether `head` has at most seven words between white space, counted on its bytes when it
  /// is ASCII (each byte a character).
  static func hasAtMostSevenWords(_ head: Substring) -> Bool {
    head.utf8.allSatisfy({ $0 < 0x80 })
      ? hasAtMostSevenWords(head.utf8, isSpace: isASCIIWhitespace)
      : hasAtMostSevenWords(head) { isWhitespace($0) }
  }

  /// Whether `elements` hold at most seven runs of elements that are not `isSpace`, stopping
  /// at the eighth.
  static func hasAtMostSevenWords<S: Sequence>(
    _ elements: S, isSpace: (S.Element) -> Bool
  )
    -> Bool
  {
    var words = 0
    var inWord = false
    for element in elements {
      if isSpace(element) {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > 7 { return false }
      }
    }
    return true
  }

  /// The parts of a line that may each be one duty: its sentences, and the pieces an export
  /// ran together where a lower-case letter or a closing bracket meets a capitalised verb.
  static func segments(of line: String, verbs: Set<String>) -> [String] {
    if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSegments(of: line, verbs: verbs) }
    var pieces: [String] = []
    let characters = Array(line)
    // Where each character starts in the line, and its end: a piece is copied from the line.
    let offsets = Array(line.indices) + [line.endIndex]
    func piece(_ range: Range<Int>) -> String {
      String(line[offsets[range.lowerBound]..<offsets[range.upperBound]])
    }
    // The current piece: the characters from `start` to `i`.
    var start = 0
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if i > 0, isUppercase(c), isLowercase(characters[i - 1]) || characters[i - 1] == ")",
        !isNamePart(before: i, in: characters)
      {
        // "...channels)Develop the plan": a new piece if the capitalised word is a verb.
        var j = i
        while j < characters.count && characters[j].isLetter { j += 1 }
        let word = String(characters[i..<j]).lowercased()
        if base(of: word, verbs: verbs) != nil {
          pieces.append(piece(start..<i))
          start = i
        }
      }
      if c == "." || c == ";", i + 1 < characters.count, characters[i + 1] == " ",
        c == ";" || !isAbbreviation(characters, endingAt: i)
      {
        pieces.append(piece(start..<(i + 1)))
        start = i + 1
      }
      i += 1
    }
    pieces.append(piece(start..<characters.count))
    return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
  }

  /// `character.isUppercase`, answering ASCII without a lookup.
  @inline(__always)
  static func isUppercase(_ character: Character) -> Bool {
    if let byte = character.asciiValue { return isASCIIUpper(byte) }
    return character.isUppercase
  }

  /// `character.isLowercase`, answering ASCII without a lookup.
  @inline(__always)
  static func isLowercase(_ character: Character) -> Bool {
    if let byte = character.asciiValue { return isASCIILower(byte) }
    return character.isLowercase
  }

  /// ``segments(of:verbs:)`` for a line of ASCII text, on its bytes.
  static func asciiSegments(of line: String, verbs: Set<String>) -> [String] {
    var line = line
    return line.withUTF8 { bytes in
      var pieces: [String] = []
      var start = 0
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var i = 0
      while i < bytes.count {
        let c = bytes[i]
        if i > 0, isASCIIUpper(c), isASCIILower(bytes[i - 1]) || bytes[i - 1] == 0x29,
          !isNamePart(before: i, in: bytes)
        {
          var j = i
          while j < bytes.count && (isASCIIUpper(bytes[j]) || isASCIILower(bytes[j])) { j += 1 }
          if base(of: text(i..<j).lowercased(), verbs: verbs) != nil {
            pieces.append(text(start..<i))
            start = i
          }
        }
        if c == 0x2E || c == 0x3B, i + 1 < bytes.count, bytes[i + 1] == 0x20 {
          var wordStart = i
          while wordStart > 0 && !isASCIIWhitespace(bytes[wordStart - 1]) {
            wordStart -= 1
          }
          let word = text(wordStart..<(i + 1))
          let abbreviation =
            word.utf8.dropLast().contains(0x2E) || word.utf8.count == 2
            || abbreviations.contains(word.lowercased())
          if c == 0x3B || !abbreviation {
            pieces.append(text(start..<(i + 1)))
            start = i + 1
          }
        }
        i += 1
      }
      pieces.append(text(start..<bytes.count))
      return pieces.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
    }
  }

  /// Whether the capitalised letter at `index` continues a name written in one word.
  ///
  /// In "QuickBooks" or "SharePoint" the word starts with a capital at most six letters before
  /// it; bullets an export ran together meet after a lower-case word ("accountsPrepare").
  static func isNamePart<C: RandomAccessCollection>(before index: C.Index, in text: C) -> Bool
  where C.Element: WordCharacter, C.Index == Int {
    var start = index
    while start > 0, index - start <= 6, text[start - 1].isLetterOfWord { start -= 1 }
    return index - start <= 6 && start < index && text[start].isCapitalLetter
      && (start == 0 || !text[start - 1].isLetterOfWord)
  }

  /// Whether the word ending with the full stop at `end` is an abbreviation ("U.S.", "e.g.",
  /// "Inc."), whose stop ends no sentence.
  static func isAbbreviation(_ characters: [Character], endingAt end: Int) -> Bool {
    var start = end
    while start > 0 && !isWhitespace(characters[start - 1]) { start -= 1 }
    let word = String(characters[start...end])
    return word.utf8.dropLast().contains(0x2E) || word.count == 2
      || abbreviations.contains(word.lowercased())
  }
}

/// A character of a line, as ``DutyReader/isNamePart(before:in:)`` reads it.
protocol WordCharacter {
  var isLetterOfWord: Bool { get }
  var isCapitalLetter: Bool { get }
}

extension Character: WordCharacter {
  var isLetterOfWord: Bool { isLetter }
  var isCapitalLetter: Bool { isUppercase }
}

extension UInt8: WordCharacter {
  var isLetterOfWord: Bool { isASCIIUpper(self) || isASCIILower(self) }
  var isCapitalLetter: Bool { isASCIIUpper(self) }
}
