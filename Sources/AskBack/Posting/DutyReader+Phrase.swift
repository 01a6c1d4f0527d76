extension DutyReader {
  /// The duty a segment states, or `nil` when it does not start with a verb or would not read
  /// well inside a question.
  static func phrase(_ segment: String, verbs: Set<String>) -> String? {
    var text = segment.trimming(" •·*-–—>▪●○■\t")
    guard !text.isEmpty else { return nil }
    // "1. Prepare ...", "a) Review ...".
    if let first = text.split(separator: " ", maxSplits: 1).first, first.count <= 3,
      first.dropLast().allSatisfy({ $0.isNumber || $0.isLetter }), ".)".contains(first.last ?? " ")
    {
      text = String(text.dropFirst(first.count)).trimmingWhitespace
    }
    // "Month-end close: prepare ..." -- a short label before a colon.
    if let colon = labelColon(text) {
      text = String(text[text.index(after: colon)...]).trimmingWhitespace
    }
    // Most segments start with no verb: the first words alone, read first, tell.
    guard startsWithVerb(text, verbs: verbs) else { return nil }
    // A duty is read from its first words: the verb, a few openers or verbs of a series, and at
    // most ``maximumWords`` after them, so the rest of a long segment stays one piece.
    var words = Words.whitespaceSeparated(text, maxSplits: wordsRead)
    dropOpener(from: &words)
    // "Assess, plan and document care": a series of verbs, each taking -ing.
    var series: [String] = []
    var k = 0
    while k < words.count, words[k].hasSuffix(","),
      let verb = base(of: words[k].lowercased().trimming(","), verbs: verbs),
      !notDutyVerbs.contains(verb)
    {
      series.append(gerund(verb) + ",")
      k += 1
    }
    if !series.isEmpty {
      // "Assess, plan and document": the last verb before "and" may have no comma.
      if k + 1 < words.count, ["and", "or"].contains(words[k + 1].lowercased()),
        let verb = base(of: words[k].lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
      {
        series.append(gerund(verb))
        k += 1
      }
      // The series ends "and VERB"; anything else ("Balance, growth and impact") is no duty.
      guard k + 1 < words.count, ["and", "or"].contains(words[k].lowercased()),
        let verb = base(of: words[k + 1].lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
      else { return nil }
      if series.count == 1, let only = series.first, only.hasSuffix(",") {
        series = [String(only.dropLast())]
      }
      series += [words[k].lowercased(), gerund(verb)]
      words.removeFirst(k + 2)
      words.insert(contentsOf: series, at: 0)
      return phrase(continuing: words, fixed: series.count, verbs: verbs)
    }
    guard let first = words.first, let last = first.last, last.isLetter else { return nil }
    guard let verb = base(of: first.lowercased(), verbs: verbs), !notDutyVerbs.contains(verb)
    else { return nil }
    words[0] = gerund(verb)
    var fixed = 1
    // "Conduct and defend party depositions" with a second verb the lexicon lacks would read
    // "conducting and defend": no duty.
    if words.count >= 3, ["and", "or", "&"].contains(words[1].lowercased()),
      base(of: words[2].lowercased(), verbs: verbs) == nil || words[1] == "&"
    {
      return nil
    }
    if verb == "work", !workPartners.contains(words.dropFirst().first?.lowercased() ?? "") {
      return nil
    }
    // "Prepare and present budgets", "Review and approve protocols", "Prepare and make bank
    // deposits": both verbs take -ing, the second also when it would start no duty alone.
    if words.count >= 3, ["and", "or"].contains(words[1].lowercased()),
      let second = base(of: words[2].lowercased(), verbs: verbs),
      !notDutyVerbs.contains(second) || secondVerbs.contains(second)
    {
      words[1] = words[1].lowercased()
      words[2] = gerund(second)
      fixed = 3
    }
    return phrase(continuing: words, fixed: fixed, verbs: verbs)
  }

  /// How many words ``phrase(_:verbs:)`` splits a segment into before it keeps the rest as one
  /// piece: far more than an opener, a series of verbs and ``maximumWords`` can reach.
  static let wordsRead = 64

  /// Removes the first of ``openers`` that `words` start with (in any case), when words follow
  /// it.
  static func dropOpener(from words: inout [String]) {
    let lower = words.prefix(openerLength).map { $0.lowercased() }
    for opener in openers where lower.starts(with: opener) && words.count > opener.count {
      words.removeFirst(opener.count)
      return
    }
  }

  /// Whether the word after the opener of `text`, if any, is a verb (a comma after it
  /// allowed): what every duty ``phrase(_:verbs:)`` reads starts with, found from the first
  /// words alone.
  ///
  /// The first ``openerLength`` + 1 words split apart are the same words as in a longer split,
  /// and there are more words than an opener has in one split exactly when there are in the
  /// other.
  static func startsWithVerb(_ text: String, verbs: Set<String>) -> Bool {
    // Most segments start with a word no opener starts with: that word alone decides.
    if let first = firstASCIIWord(of: text), !openerFirstWords.contains(first) {
      return base(of: first.trimming(","), verbs: verbs) != nil
    }
    var words = Words.whitespaceSeparated(text, maxSplits: openerLength + 1)
    dropOpener(from: &words)
    guard let first = words.first else { return false }
    return base(of: first.lowercased().trimming(","), verbs: verbs) != nil
  }

  /// The words of ``openers`` that an opener starts with.
  static let openerFirstWords = Set(openers.compactMap(\.first))

  /// The first whitespace-separated word of `text`, lowered, when it is ASCII and ends the text
  /// or an ASCII space, tab or line break follows it; otherwise `nil`.
  static func firstASCIIWord(of text: String) -> String? {
    let bytes = text.utf8
    var start = bytes.startIndex
    while start < bytes.endIndex, isASCIIWhitespace(bytes[start]) {
      start = bytes.index(after: start)
    }
    var end = start
    while end < bytes.endIndex, !isASCIIWhitespace(bytes[end]) {
      guard bytes[end] < 0x80 else { return nil }
      end = bytes.index(after: end)
    }
    guard start < end else { return nil }
    return String(decoding: bytes[start..<end].map(asciiLower), as: UTF8.self)
  }

  /// The colon that ends a short label at the start of `text` ("Month-end close: prepare
  /// ..."): the first colon, when at most four space-separated words come before it.
  static func labelColon(_ text: String) -> String.Index? {
    var words = 0
    var inWord = false
    let bytes = text.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == UInt8(ascii: ":") { return words <= 4 ? index : nil }
      if byte == UInt8(ascii: " ") {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        // Five words before any colon: whatever colon follows ends no short label.
        if words > 4 { return nil }
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  /// The duty of `words`, whose first `fixed` words are its verbs, already in the -ing form.
  static func phrase(continuing words: [String], fixed: Int, verbs: Set<String>) -> String? {
    var out = Array(words.prefix(fixed))
    let rest = Array(words.dropFirst(fixed))
    // The object starts with a noun, not another verb ("Design develop ...").
    if let next = rest.first?.lowercased(), let other = base(of: next, verbs: verbs),
      clearVerbs.contains(other), next != "process"
    {
      return nil
    }
    // "reviewing of new vendors": a noun read as a verb.
    if rest.first?.lowercased() == "of" { return nil }
    var truncated = false
    for (k, raw) in rest.enumerated() {
      let word = raw.lowercased()
      let bare = word.trimming(",.;:")
      let next = k + 1 < rest.count ? rest[k + 1].lowercased().trimming(",.;:") : ""
      if clauseStarts.contains(bare)
        || ["especially", "based", "like", "pertaining"].contains(bare)
      {
        break
      }
      // "... to identify", "... by using": a purpose or a means follows.
      if out.count > 2, word == "to", base(of: next, verbs: verbs) != nil { break }
      if out.count > 2, word == "by", next.hasSuffix("ing") { break }
      if word == "in",
        ["the event", "order", "case"].contains(where: {
          rest.dropFirst(k + 1).prefix(2).map { $0.lowercased() }.joined(separator: " ")
            .hasPrefix($0)
        })
      {
        break
      }
      // A second verb starts another duty: "Process invoices and reconcile statements",
      // "Utilize the network and prospect new clients".
      if out.count > 1, ["and", "or"].contains(word), let second = base(of: next, verbs: verbs),
        clearVerbs.contains(second)
          || (next == second
            && ["the", "a", "an", "new", "all", "our", "their"].contains(
              k + 2 < rest.count ? rest[k + 2].lowercased() : ""))
      {
        break
      }
      // "... reports accurately and on time": an adverb after the object starts a manner.
      if out.count > 2, bare.count > 5, bare.hasSuffix("ly"), !notAdverbs.contains(bare) {
        break
      }
      // "Position Independently conducts ...": a capitalised adverb starts another sentence
      // the export ran in; "managing / co-manage": a slash between two readings.
      if (raw.first?.isUppercase == true && bare.count > 5 && bare.hasSuffix("ly"))
        || bare == "/"
      {
        return nil
      }
      // "Analyze facility condition assessment (FCA) data": an acronym in brackets is passed
      // over; any other bracket starts an aside the duty stops before.
      if word.hasPrefix("(") {
        if raw.hasSuffix(")"), raw.dropFirst().dropLast().isShortAcronym, k + 1 < rest.count {
          continue
        }
        break
      }
      if out.count >= maximumWords {
        truncated = true
        break
      }
      var clean = raw
      var stop = false
      if let last = clean.last,
        ";:".contains(last) || (last == "." && !clean.dropLast().utf8.contains(UInt8(ascii: ".")))
      {
        clean.removeLast()
        stop = true
      } else if clean.last == "," {
        // A comma ends the duty before a clause or another verb, not inside a list of nouns
        // ("Reconcile bank, credit card and inventory accounts").
        if next.isEmpty || clauseStarts.contains(next) || base(of: next, verbs: verbs) != nil
          || ["as", "and", "or", "with", "for", "to", "in"].contains(next)
        {
          clean.removeLast()
          stop = true
        }
      }
      if !clean.isEmpty { out.append(clean) }
      if stop { break }
    }
    // A duty cut by the word limit ends before its last preposition or conjunction, or is
    // dropped: half a phrase reads badly in a question.
    if truncated {
      // The first preposition that starts a phrase of its own, else the last conjunction.
      let indices = out.indices.dropFirst(max(3, fixed + 1))
      guard
        let cut = indices.first(where: { preferredCuts.contains(out[$0].lowercased()) })
          ?? indices.last(where: { cutWords.contains(out[$0].lowercased()) })
      else { return nil }
      out.removeSubrange(cut...)
      // "Build a highly efficient and productive team" cut before "and" ends on an adjective.
      let end = out.last?.lowercased() ?? ""
      if ["ent", "ive", "al", "ful", "ous", "able", "ible", "ic"].contains(where: end.hasSuffix) {
        return nil
      }
    }
    // Words a cut sentence leaves dangling: "... documents produced", "... costs compared",
    // "... of any incomplete", "... complaints and confers".
    var dangled = false
    while out.count > fixed + 1, let last = out.last?.lowercased().trimming(","),
      weakEndings.contains(last) || last.isEmpty || danglingEndings.contains(last)
        || (last.count > 4 && last.hasSuffix("ed") && !last.hasSuffix("eed"))
        || (out[out.count - 2].lowercased() == "and" && last.hasSuffix("s")
          && base(of: last, verbs: verbs).map(clearVerbs.contains) == true)
    {
      out.removeLast()
      dangled = true
    }
    // "Maintain a clean, organized, and inviting store environment" stops before ", and" and
    // drops "organized": what is left, "a clean,", is half a list of adjectives.
    if dangled, out.last?.hasSuffix(",") == true { return nil }
    // "building data pipelines for ingesting": a purpose cut before its object.
    if out.count > fixed + 2, let last = out.last?.lowercased(), last.hasSuffix("ing"),
      cutWords.contains(out[out.count - 2].lowercased())
    {
      out.removeLast(2)
    }
    if let last = out.last, last.hasSuffix(",") { out[out.count - 1] = String(last.dropLast()) }
    // "creating or reviewing" names verbs without their object.
    guard out.count >= 2, out.count > fixed, readsWell(Array(out.dropFirst())) else {
      return nil
    }
    // A clause cut after its verb ("ensuring all food donors are") is no duty.
    if let last = out.last?.lowercased(),
      ["are", "is", "be", "was", "were", "been", "being", "can", "will", "should"].contains(last)
    {
      return nil
    }
    // Soft skills and catch-alls are no work to ask about: "using good judgment",
    // "supporting miscellaneous tasks", "working closely with cross-functional teams".
    if out.contains(where: { vagueWords.contains($0.lowercased().trimming(",.")) }) { return nil }
    // Helping and relating are no work to ask about: "providing world class customer support",
    // "building strong client relations", "working with leadership".
    for k in 0..<min(fixed, out.count - 1) where isIndirect(out[k], before: out[(k + 1)...]) {
      return nil
    }
    // "informing how new products ...": a clause, not an object.
    if fixed < out.count,
      ["how", "what", "why", "whether", "when", "where"].contains(out[fixed].lowercased())
    {
      return nil
    }
    // "presenting agency client presentations": the object repeats the verb.
    let stem = verb(of: out[0])
    if stem.count >= 5, out.dropFirst(fixed).contains(where: { $0.lowercased().hasPrefix(stem) }) {
      return nil
    }
    // "setting up & tracking of new employees": a noun read as a second verb.
    for k in out.indices.dropFirst().dropLast()
    where ["and", "or", "&"].contains(out[k - 1].lowercased())
      && out[k].lowercased().hasSuffix("ing") && out[k + 1].lowercased() == "of"
    {
      return nil
    }
    // "and/or" leaves two readings; a question needs one.
    if out.contains(where: { $0.lowercased() == "and/or" }) { return nil }
    if out.contains(where: { relationshipWords.contains($0.lowercased().trimming(",.")) }) {
      return nil
    }
    // Two words run together with a slash ("provide/facilitate", "explanations/applications")
    // read as notes, not as a phrase; a short abbreviation ("A/P") is fine.
    if out.contains(where: {
      $0.utf8.contains(UInt8(ascii: "/")) && $0.count > 4 && $0.lowercased() != "and/or"
    }) {
      return nil
    }
    // A list of nouns needs its "and" or "or": "verifying dimensions, alignments" is half a list.
    if let comma = out.lastIndex(where: { $0.hasSuffix(",") }),
      !out[(comma + 1)...].contains(where: { ["and", "or", "&"].contains($0.lowercased()) })
    {
      return nil
    }
    // "developing comprehensive marketing plans": an adjective of praise adds nothing a
    // question needs, and makes the fill read like the posting's copy.
    for k in out.indices.dropFirst(fixed).reversed()
    where k > 0 && k + 1 < out.count && fillerAdjectives.contains(out[k].lowercased())
      && !["a", "an", "and", "or", "&"].contains(out[k - 1].lowercased().trimming(","))
      && !["and", "or", "&"].contains(out[k + 1].lowercased())
    {
      out.remove(at: k)
    }
    // "Managing shared drive" is a note's shorthand: one named thing the job looks after
    // takes "the" in a sentence ("managing the shared drive").
    if needsArticle(out[fixed...]) { out.insert("the", at: fixed) }
    let duty = out.map { ["our", "your"].contains($0.lowercased()) ? "the" : $0 }
      .joined(separator: " ")
    let lowered = duty.lowercased()
    if ["other duties", "as assigned", "related duties"].contains(where: {
      LowercasedText.containsExactly(lowered, $0)
    }) || lowered.hasSuffix(" as needed") {
      return nil
    }
    return duty
  }

}
