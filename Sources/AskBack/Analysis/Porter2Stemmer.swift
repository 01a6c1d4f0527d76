/// The Porter2 (Snowball English) stemmer, as in Snowball 3.1.
///
/// Each routine is named after its counterpart in Snowball's
/// `algorithms/english.sbl` (`prelude`, `markRegions`, `step1a` ... `step5`,
/// `exception1`, `postlude`), so a reviewer can check one against the other.
/// The algorithm is described at
/// <https://snowballstem.org/algorithms/english/stemmer.html>; this version
/// includes the 3.0 changes (no undoubling after a lone *a*, *e* or *o*; the
/// *past*, *univers*, *later*, *emerg* and *organ* regions; *-ogist*) and the
/// 3.1 *inter* region.
///
/// The stemmer works on bytes in place. It expects lower-case ASCII (letters
/// and apostrophes, as in the Snowball test vocabulary); other bytes are
/// treated as non-vowels. A stem is never longer than its word.
///
///     let stemmer = Porter2Stemmer()
///     stemmer.stem("interviewing")  // "interview"
///     stemmer.stem("organization")  // "organiz"
public struct Porter2Stemmer: Sendable {
  public init() {}

  /// Returns the stem of `word`.
  public func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    let count = bytes.withUnsafeMutableBufferPointer { stem($0) }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  /// Appends the stem of `word` to `out`, after lower-casing its ASCII letters.
  ///
  /// `scratch` is reused between calls, so stemming word after word allocates nothing.
  public func appendStem(
    of word: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], scratch: inout [UInt8]
  ) {
    scratch.removeAll(keepingCapacity: true)
    for byte in word { scratch.append(asciiLower(byte)) }
    let length = scratch.withUnsafeMutableBufferPointer { stem($0) }
    out.append(contentsOf: scratch[..<length])
  }

  /// Stems the word held in `word` in place and returns the stem's length;
  /// the stem is `word[..<length]`.
  public func stem(_ word: UnsafeMutableBufferPointer<UInt8>) -> Int {
    guard let base = word.baseAddress else { return 0 }
    var w = Word(base: base, count: word.count)
    if w.exception1() { return w.count }
    // `not hop 3`: words of one or two letters are left alone.
    if w.count < 3 { return w.count }
    w.prelude()
    w.markRegions()
    w.step1a()
    w.step1b()
    w.step1c()
    w.step2()
    w.step3()
    w.step4()
    w.step5()
    w.postlude()
    return w.count
  }
}

/// The word being stemmed: a byte buffer with its regions.
///
/// Positions count from the start of the word; `count` is Snowball's `limit`.
/// Suffix rules run backwards from the end, as in Snowball's `backwards`.
private struct Word {
  let base: UnsafeMutablePointer<UInt8>
  var count: Int
  /// The start of R1 and R2.
  var p1 = 0
  var p2 = 0
  var yFound = false

  init(base: UnsafeMutablePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  subscript(i: Int) -> UInt8 {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }

  // MARK: Groupings

  /// `v`: a e i o u y, as bits of a mask indexed by letter.
  @inline(__always)
  static func isVowel(_ c: UInt8) -> Bool {
    let k = c &- UInt8(ascii: "a")
    return k < 26 && (0x0110_4111 as UInt32) >> UInt32(k) & 1 != 0
  }

  /// `v_WXY`: the vowels plus w, x and Y.
  static func isVowelWXY(_ c: UInt8) -> Bool {
    isVowel(c) || c == UInt8(ascii: "w") || c == UInt8(ascii: "x") || c == UInt8(ascii: "Y")
  }

  /// `valid_LI`: c d e g h k m n r t.
  static func isValidLI(_ c: UInt8) -> Bool {
    switch c {
    case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
    default: return false
    }
  }

  // MARK: Helpers

  /// Whether the word ends with `suffix`.
  func endsWith(_ suffix: StaticString) -> Bool {
    endsWith(suffix, at: count)
  }

  /// Whether `self[..<end]` ends with `suffix`.
  func endsWith(_ suffix: StaticString, at end: Int) -> Bool {
    let n = suffix.utf8CodeUnitCount
    guard n <= end else { return false }
    let p = suffix.utf8Start
    for k in 0..<n where base[end - n + k] != p[k] { return false }
    return true
  }

  /// Whether `self[..<end]` is exactly `text`.
  func isExactly(_ text: StaticString, upTo end: Int) -> Bool {
    text.utf8CodeUnitCount == end && endsWith(text, at: end)
  }

  /// Whether the word starts with `prefix`.
  func startsWith(_ prefix: StaticString) -> Bool {
    let n = prefix.utf8CodeUnitCount
    guard n <= count else { return false }
    let p = prefix.utf8Start
    for k in 0..<n where base[k] != p[k] { return false }
    return true
  }

  /// Replaces `self[start..<count]` with `replacement`, which is never longer.
  mutating func replaceSuffix(from start: Int, with replacement: StaticString) {
    let n = replacement.utf8CodeUnitCount
    let p = replacement.utf8Start
    for k in 0..<n { base[start + k] = p[k] }
    count = start + n
  }

  /// Appends one byte.
  ///
  /// Only called right after at least one byte was removed, so the buffer has room.
  mutating func append(_ c: UInt8) {
    base[count] = c
    count += 1
  }

  /// Whether `self[..<end]` holds a vowel (`gopast v`, run backwards).
  func hasVowel(before end: Int) -> Bool {
    var k = end - 1
    while k >= 0 {
      if Self.isVowel(base[k]) { return true }
      k -= 1
    }
    return false
  }

  /// `shortv`, tested backwards from `end`: the word up to `end` ends in a
  /// short syllable.
  func endsWithShortSyllable(at end: Int) -> Bool {
    // ( non-v_WXY v non-v )
    if end >= 3, !Self.isVowelWXY(base[end - 1]), Self.isVowel(base[end - 2]),
      !Self.isVowel(base[end - 3])
    {
      return true
    }
    // ( non-v v atlimit )
    if end == 2, !Self.isVowel(base[1]), Self.isVowel(base[0]) { return true }
    // ( 'past' )
    return endsWith("past", at: end)
  }

  // MARK: Routines

  /// Whole words with a fixed stem.
  ///
  /// Returns true when `word` was one.
  mutating func exception1() -> Bool {
    switch count {
    case 3:
      if isExactly("sky", upTo: 3) { return true }
    case 4:
      if isExactly("skis", upTo: 4) {
        count = 3
        return true
      }
      if isExactly("idly", upTo: 4) {
        replaceSuffix(from: 0, with: "idl")
        return true
      }
      if isExactly("ugly", upTo: 4) || isExactly("only", upTo: 4) {
        replaceSuffix(from: 3, with: "i")
        return true
      }
      if isExactly("news", upTo: 4) || isExactly("howe", upTo: 4) || isExactly("bias", upTo: 4) {
        return true
      }
    case 5:
      if isExactly("skies", upTo: 5) {
        replaceSuffix(from: 2, with: "y")
        return true
      }
      if isExactly("early", upTo: 5) {
        replaceSuffix(from: 4, with: "i")
        return true
      }
      if isExactly("atlas", upTo: 5) || isExactly("andes", upTo: 5) { return true }
    case 6:
      if isExactly("gently", upTo: 6) || isExactly("singly", upTo: 6) {
        count = 5
        return true
      }
      if isExactly("cosmos", upTo: 6) { return true }
    default:
      break
    }
    return false
  }

  /// Removes an initial apostrophe and marks consonant `y` as `Y`.
  mutating func prelude() {
    if base[0] == UInt8(ascii: "'") {
      for k in 1..<count { base[k - 1] = base[k] }
      count -= 1
    }
    guard count > 0 else { return }
    if base[0] == UInt8(ascii: "y") {
      base[0] = UInt8(ascii: "Y")
      yFound = true
    }
    var k = 1
    while k < count {
      if base[k] == UInt8(ascii: "y") && Self.isVowel(base[k - 1]) {
        base[k] = UInt8(ascii: "Y")
        yFound = true
      }
      k += 1
    }
  }

  /// Sets R1 and R2: each starts after the first non-vowel that follows a vowel, R1 from the word's
  /// start, R2 from R1's start.
  ///
  /// A few prefixes fix R1 instead.
  /// Prefixes after which R1 starts, whatever the vowels say.
  static let fixedRegions: [StaticString] = [
    "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
  ]

  mutating func markRegions() {
    p1 = count
    p2 = count
    var start = -1
    // The fixed prefixes start with one of a c e g i l o p u.
    switch base[0] {
    case 0x61, 0x63, 0x65, 0x67, 0x69, 0x6C, 0x6F, 0x70, 0x75:
      for prefix in Self.fixedRegions where startsWith(prefix) {
        start = prefix.utf8CodeUnitCount
        break
      }
    default:
      break
    }
    if start < 0 {
      guard let after = afterVowelThenNonVowel(from: 0) else { return }
      start = after
    }
    p1 = start
    p2 = afterVowelThenNonVowel(from: start) ?? count
  }

  /// `gopast v gopast non-v` from `position`: the position after the first
  /// non-vowel that follows a vowel.
  func afterVowelThenNonVowel(from position: Int) -> Int? {
    var k = position
    while k < count && !Self.isVowel(base[k]) { k += 1 }
    guard k < count else { return nil }
    k += 1
    while k < count && Self.isVowel(base[k]) { k += 1 }
    guard k < count else { return nil }
    return k + 1
  }

  /// Apostrophe endings, then plurals: *sses*, *ied*/*ies*, *s*.
  mutating func step1a() {
    if endsWith("'s'") {
      count -= 3
    } else if endsWith("'s") {
      count -= 2
    } else if endsWith("'") {
      count -= 1
    }
    if endsWith("sses") {
      count -= 2
    } else if endsWith("ied") || endsWith("ies") {
      // ties -> tie, cries -> cri
      let start = count - 3
      replaceSuffix(from: start, with: start >= 2 ? "i" : "ie")
    } else if endsWith("us") || endsWith("ss") {
      return
    } else if endsWith("s") {
      // gaps -> gap, gas -> gas: a vowel before the letter preceding the s.
      if count >= 2 && hasVowel(before: count - 2) { count -= 1 }
    }
  }

  /// *eed*, *ed*, *ing* and their *-ly* forms.
  mutating func step1b() {
    let suffixLength: Int
    if endsWith("eedly") {
      eed(start: count - 5)
      return
    } else if endsWith("ingly") || endsWith("edly") {
      suffixLength = endsWith("ingly") ? 5 : 4
    } else if endsWith("eed") {
      eed(start: count - 3)
      return
    } else if endsWith("ing") {
      let start = count - 3
      if ingException(start: start) { return }
      suffixLength = 3
    } else if endsWith("ed") {
      suffixLength = 2
    } else {
      return
    }
    let start = count - suffixLength
    guard hasVowel(before: start) else { return }
    count = start
    if endsWith("at") || endsWith("bl") || endsWith("iz") {
      append(UInt8(ascii: "e"))
    } else if endsInDouble() {
      // hopp -> hop, but add, egg and off keep theirs.
      let lone =
        count == 3
        && (base[0] == UInt8(ascii: "a") || base[0] == UInt8(ascii: "e")
          || base[0] == UInt8(ascii: "o"))
      if !lone { count -= 1 }
    } else if count == p1 && endsWithShortSyllable(at: count) {
      append(UInt8(ascii: "e"))
    }
  }

  /// *eed*, *eedly*: kept after exactly *proc*, *exc*, *succ*; else *ee* in R1.
  private mutating func eed(start: Int) {
    if isExactly("proc", upTo: start) || isExactly("exc", upTo: start)
      || isExactly("succ", upTo: start)
    {
      return
    }
    if start >= p1 { replaceSuffix(from: start, with: "ee") }
  }

  /// The exceptional *-ing* words.
  ///
  /// Returns true when step 1b is done.
  private mutating func ingException(start: Int) -> Bool {
    // dying -> die, lying -> lie, tying -> tie
    if start == 2 && base[1] == UInt8(ascii: "y") && !Self.isVowel(base[0]) {
      replaceSuffix(from: 1, with: "ie")
      return true
    }
    // inning, outing, canning, herring, earring, evening stay.
    return isExactly("inn", upTo: start) || isExactly("out", upTo: start)
      || isExactly("cann", upTo: start) || isExactly("herr", upTo: start)
      || isExactly("earr", upTo: start) || isExactly("even", upTo: start)
  }

  /// Whether the word ends in a double: bb dd ff gg mm nn pp rr tt.
  private func endsInDouble() -> Bool {
    guard count >= 2 else { return false }
    let c = base[count - 1]
    guard c == base[count - 2] else { return false }
    switch c {
    case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true
    default: return false
    }
  }

  /// Final *y* or *Y* after a non-vowel that is not the first letter becomes *i*.
  mutating func step1c() {
    guard count >= 3 else { return }
    let last = base[count - 1]
    guard last == UInt8(ascii: "y") || last == UInt8(ascii: "Y") else { return }
    guard !Self.isVowel(base[count - 2]) else { return }
    base[count - 1] = UInt8(ascii: "i")
  }

  /// Derivational suffixes in R1: *ational* -> *ate*, *enci* -> *ence*, ...
  mutating func step2() {
    guard let (suffix, replacement) = longestStep2Suffix() else { return }
    let start = count - suffix
    guard start >= p1 else { return }
    switch replacement {
    case .replace(let text):
      replaceSuffix(from: start, with: text)
    case .ogi:
      if start >= 1 && base[start - 1] == UInt8(ascii: "l") {
        replaceSuffix(from: start, with: "og")
      }
    case .li:
      if start >= 1 && Self.isValidLI(base[start - 1]) { count = start }
    }
  }

  private enum Step2Action: Sendable {
    case replace(StaticString)
    case ogi
    case li
  }

  /// The longest step 2 suffix the word ends in, with its action, by last
  /// letter and then longest first.
  private func longestStep2Suffix() -> (Int, Step2Action)? {
    guard count > 0 else { return nil }
    func first(_ rules: (StaticString, Step2Action)...) -> (Int, Step2Action)? {
      for (suffix, action) in rules where endsWith(suffix) {
        return (suffix.utf8CodeUnitCount, action)
      }
      return nil
    }
    switch base[count - 1] {
    case 0x6C:  // l
      return first(("ational", .replace("ate")), ("tional", .replace("tion")))
    case 0x73:  // s
      return first(
        ("fulness", .replace("ful")), ("iveness", .replace("ive")), ("ousness", .replace("ous")))
    case 0x6E:  // n
      return first(("ization", .replace("ize")), ("ation", .replace("ate")))
    case 0x6D:  // m
      return first(("alism", .replace("al")))
    case 0x74:  // t
      return first(("ogist", .replace("og")))
    case 0x72:  // r
      return first(("ator", .replace("ate")), ("izer", .replace("ize")))
    case 0x69:  // i
      return first(
        ("biliti", .replace("ble")), ("lessli", .replace("less")), ("aliti", .replace("al")),
        ("entli", .replace("ent")), ("fulli", .replace("ful")), ("iviti", .replace("ive")),
        ("ousli", .replace("ous")), ("abli", .replace("able")), ("alli", .replace("al")),
        ("anci", .replace("ance")), ("enci", .replace("ence")), ("bli", .replace("ble")),
        ("ogi", .ogi),
        ("li", .li))
    default:
      return nil
    }
  }

  /// More suffixes in R1: *icate* -> *ic*, *ful*, *ness*, *ative* in R2.
  mutating func step3() {
    guard count > 0 else { return }
    // By last letter, then longest first; `nil` deletes in R2 only.
    let rules: [(StaticString, StaticString?)]
    switch base[count - 1] {
    case 0x6C: rules = [("ational", "ate"), ("tional", "tion"), ("ical", "ic"), ("ful", "")]
    case 0x65: rules = [("alize", "al"), ("icate", "ic"), ("ative", nil)]
    case 0x69: rules = [("iciti", "ic")]
    case 0x73: rules = [("ness", "")]
    default: return
    }
    for (suffix, replacement) in rules where endsWith(suffix) {
      let start = count - suffix.utf8CodeUnitCount
      guard start >= p1 else { return }
      if let replacement {
        replaceSuffix(from: start, with: replacement)
      } else if start >= p2 {
        count = start
      }
      return
    }
  }

  /// Suffixes deleted in R2: *al*, *ance*, ..., and *ion* after *s* or *t*.
  mutating func step4() {
    guard count > 0 else { return }
    // By last letter, then longest first; `ion` only goes after s or t.
    let rules: [(StaticString, Bool)]
    switch base[count - 1] {
    case 0x74: rules = [("ement", false), ("ment", false), ("ant", false), ("ent", false)]
    case 0x65:
      rules = [
        ("ance", false), ("ence", false), ("able", false), ("ible", false), ("ate", false),
        ("ive", false), ("ize", false),
      ]
    case 0x6D: rules = [("ism", false)]
    case 0x69: rules = [("iti", false)]
    case 0x73: rules = [("ous", false)]
    case 0x6E: rules = [("ion", true)]
    case 0x6C: rules = [("al", false)]
    case 0x72: rules = [("er", false)]
    case 0x63: rules = [("ic", false)]
    default: return
    }
    for (suffix, isIon) in rules where endsWith(suffix) {
      let start = count - suffix.utf8CodeUnitCount
      guard start >= p2 else { return }
      if !isIon
        || (start >= 1
          && (base[start - 1] == UInt8(ascii: "s") || base[start - 1] == UInt8(ascii: "t")))
      {
        count = start
      }
      return
    }
  }

  /// Final *e* in R2, or in R1 after a syllable that is not short; final *ll*
  /// in R2 loses one *l*.
  mutating func step5() {
    guard count >= 1 else { return }
    let start = count - 1
    if base[start] == UInt8(ascii: "e") {
      if start >= p2 || (start >= p1 && !endsWithShortSyllable(at: start)) {
        count = start
      }
    } else if base[start] == UInt8(ascii: "l") {
      if start >= p2 && start >= 1 && base[start - 1] == UInt8(ascii: "l") { count = start }
    }
  }

  /// Turns the `Y` marks back into `y`.
  mutating func postlude() {
    guard yFound else { return }
    for k in 0..<count where base[k] == UInt8(ascii: "Y") { base[k] = UInt8(ascii: "y") }
  }
}
