/// What a duty must read as: specific work, with an article where a sentence would take one,
/// no helping or relating, no figures, marks or glued headings.
extension DutyReader {
  /// Whether `duty` says too little for a question to hold: after its verbs it names only the
  /// job's own setting or work in general ("representing the company", "managing and leading
  /// teams", "performing other duties"), or it ends on a word for work in general ("performing
  /// complex engineering tasks", "managing all reservations related responsibilities",
  /// "developing, implementing and maintaining marketing activities", which judges read as
  /// awkward in a question).
  static func isGeneric(_ duty: String) -> Bool {
    let words = duty.split(separator: " ").map { $0.lowercased() }
    // The verbs: the first word, then "and" or "or" before another -ing word, or an -ing word
    // after a comma ("leading, managing, and developing teams").
    var k = 1
    while k < words.count {
      if ["and", "or"].contains(words[k]), k + 1 < words.count, words[k + 1].hasSuffix("ing") {
        k += 2
      } else if words[k - 1].hasSuffix(","), words[k].trimming(",").hasSuffix("ing") {
        k += 1
      } else {
        break
      }
    }
    if let last = words.last?.trimming(",.;:"), generalWork.contains(last) { return true }
    return words.dropFirst(k).allSatisfy {
      let word = $0.trimming(",.;:")
      return stopWords.contains(word) || genericObjects.contains(word)
    }
  }

  /// Words for work in general, on which no duty a question can ask about ends.
  static let generalWork: Set<String> = [
    "responsibilities", "tasks", "duties", "activities", "functions", "matters", "items",
    "things",
  ]

  /// Whether the object of a duty, `object`, is a singular thing without its article: its first
  /// noun group ("shared drive", "general ledger", "bill" of "bill of materials") starts with
  /// neither a determiner nor a preposition and ends on one of ``countNouns``.
  static func needsArticle(_ object: ArraySlice<String>) -> Bool {
    guard let first = object.first?.lowercased(), !stopWords.contains(first),
      !determiners.contains(first), !first.hasSuffix(",")
    else { return false }
    var head = first
    for word in object.dropFirst() {
      let lower = word.lowercased()
      let bare = lower.trimming(",.;:")
      // "system and equipment problems": a noun before "and" may share the head after it.
      if ["and", "or", "&"].contains(bare) { return false }
      if stopWords.contains(bare) || bare.isEmpty { break }
      head = lower
      if lower.hasSuffix(",") { return false }
    }
    let bare = head.trimming(",.;:")
    return countNouns.contains(bare)
  }

  /// Whether the duty verb `gerund` helps or relates rather than does, given the words after
  /// it (`rest`): "assisting the pharmacist" and "supporting the sales team" name people, while
  /// "assisting with tax filings", "supporting month-end close" and "ensuring compliance with
  /// SOX" name work.
  static func isIndirect(_ gerund: String, before rest: ArraySlice<String>) -> Bool {
    let word = gerund.lowercased().trimming(",")
    if word == "serving", rest.first?.lowercased() == "as" { return true }
    guard let verb = indirectGerunds[word] else { return false }
    let next = rest.first?.lowercased().trimming(",") ?? ""
    let object = rest.dropFirst().prefix(1).map { $0.lowercased() }
    switch verb {
    case "assist", "help": return !["with", "in"].contains(next) || object.first == "the"
    case "support":
      if ["with", "in"].contains(next) { return object.first == "the" }
      // "supporting FOH service team": the object ends on the people supported.
      if let head = rest.prefix(while: { !stopWords.contains($0.lowercased()) }).last,
        supportedPeople.contains(head.lowercased().trimming(",.;:"))
      {
        return true
      }
      return next.first?.isLowercase != true || stopWords.contains(next)
        || pronouns.contains(next)
    case "ensure": return !qualityNouns.contains(next)
    case "drive": return !rest.contains(where: { vehicles.contains($0.lowercased()) })
    default: return true
    }
  }

  /// Whether the words after a duty's verb can stand in a question: a lower-case word that
  /// carries meaning, no pronoun of the posting's voice, no figures, addresses or marks of a
  /// heading, at most two capitalised names, and no heading glued to a word.
  static func readsWell(_ object: [String]) -> Bool {
    var content = false
    var names = 0
    for raw in object {
      let word = raw.trimming(",.;:'’\"")
      let lower = word.lowercased()
      if pronouns.contains(lower) { return false }
      if hasFigureOrMark(word) { return false }
      if LowercasedText.containsExactly(lower, ".com")
        || LowercasedText.containsExactly(lower, "www")
      {
        return false
      }
      if isGlued(word) { return false }
      guard let first = word.first else { continue }
      if first.isUppercase {
        let acronym = word.count <= 6 && word.allSatisfy { !$0.isLowercase }
        if !acronym { names += 1 }
      } else if word.count >= 3, !weakEndings.contains(lower), !cutWords.contains(lower),
        !stopWords.contains(lower)
      {
        content = true
      }
    }
    return content && names <= 2
  }

  /// Whether `word` holds a figure or one of the marks `@$*!?()|·#%`.
  static func hasFigureOrMark(_ word: String) -> Bool {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      // An ASCII character is a number only as a digit, and "·" is not ASCII.
      return word.utf8.contains { $0 &- 0x30 < 10 || asciiMarks.contains($0) }
    }
    return word.contains(where: { $0.isNumber || "@$*!?()|·#%".contains($0) })
  }

  /// The ASCII marks of ``hasFigureOrMark(_:)``.
  static let asciiMarks: Set<UInt8> = Set("@$*!?()|#%".utf8)

  /// Whether a heading is glued inside `word`: "ServicesEmployment", "oversightProject".
  static func isGlued(_ word: String) -> Bool {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      // Each ASCII byte is a character: the same reading, on the bytes.
      let bytes = Array(word.utf8)
      for i in bytes.indices.dropFirst() where isASCIIUpper(bytes[i]) {
        guard isASCIILower(bytes[i - 1]) else { continue }
        if isASCIILower(bytes[0]), i >= 3 { return true }
        var end = i + 1
        while end < bytes.count && isASCIILower(bytes[end]) { end += 1 }
        if gluedHeadings.contains(String(decoding: bytes[i..<end], as: UTF8.self)) { return true }
      }
      return false
    }
    let characters = Array(word)
    for i in characters.indices.dropFirst() where characters[i].isUppercase {
      guard characters[i - 1].isLowercase else { continue }
      if let first = characters.first, first.isLowercase, i >= 3 { return true }
      var end = i + 1
      while end < characters.count && characters[end].isLowercase { end += 1 }
      if gluedHeadings.contains(String(characters[i..<end])) { return true }
    }
    return false
  }
}
