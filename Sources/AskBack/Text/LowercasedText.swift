/// A text's UTF-8 bytes with ASCII letters in lower case, for finding lower-case ASCII phrases
/// as whole words without building strings.
///
/// A phrase counts only between word boundaries: the character before and the one after it
/// must not be a letter or a digit (a non-ASCII character is decoded and asked).
///
/// - Complexity: O(*n*) to build; each search O(*n* · *m*) in the worst case for a phrase of
///   *m* bytes, near O(*n*) on prose.
struct LowercasedText: Sendable {
  /// The bytes, ASCII letters lowered.
  let bytes: [UInt8]
  /// The offsets of the words that start with an ASCII letter or digit, grouped by that byte
  /// and in order within a group: the group of byte `b` is
  /// `wordStarts[groupEnds[b - 1]..<groupEnds[b]]` (from 0 for `b` = 0).
  ///
  /// A phrase that starts with a letter or a digit can only match where a word starts, so a
  /// search visits the words of its first byte instead of every byte of the text.
  private let wordStarts: [Int32]
  private let groupEnds: [Int32]

  init(_ text: String) {
    var text = text
    let bytes = text.withUTF8 { $0.map(asciiLower) }
    self.bytes = bytes
    var counts = [Int32](repeating: 0, count: 128)
    var starts: [Int32] = []
    bytes.withUnsafeBufferPointer { buffer in
      for i in buffer.indices
      where isASCIIAlphanumeric(buffer[i]) && Self.isBoundary(before: i, in: buffer) {
        counts[Int(buffer[i])] += 1
        starts.append(Int32(i))
      }
    }
    var ends = [Int32](repeating: 0, count: 128)
    var total: Int32 = 0
    for b in 0..<128 {
      total += counts[b]
      ends[b] = total
    }
    var next = ends
    var grouped = [Int32](repeating: 0, count: starts.count)
    for start in starts.reversed() {
      let b = Int(bytes[Int(start)])
      next[b] -= 1
      grouped[Int(next[b])] = start
    }
    self.wordStarts = grouped
    self.groupEnds = ends
  }

  /// Whether `text` holds `needle` (lower-case ASCII) anywhere, in any case: no word boundary
  /// is asked for.
  static func contains(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { text in
      needle.withUTF8 { needle in firstOffsetIgnoringCase(of: needle, in: text, from: 0) != nil }
    }
  }

  /// The first offset at or after `start` where `text` holds `needle` (lower-case ASCII) in any
  /// case, or `nil`.
  static func firstOffsetIgnoringCase(
    of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let first = needle.first, needle.count <= text.count else { return nil }
    var i = start
    while i <= text.count - needle.count {
      if asciiLower(text[i]) == first {
        var k = 1
        while k < needle.count && asciiLower(text[i + k]) == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The start of `text` in lower case, for comparing with phrases of at most `length` bytes:
  /// the first `length` bytes lowered when they and the byte after them are ASCII (so that no
  /// mark after them joins their last character), else the first `length` + 1 characters
  /// lowered (each lowers to a byte or more, and one by one, as the whole text would).
  static func start(of text: String, length: Int) -> String {
    let start = text.utf8.prefix(length + 1)
    guard start.allSatisfy({ $0 < 0x80 }) else {
      return String(text.prefix(length + 1)).lowercased()
    }
    return String(decoding: start.prefix(length).map(asciiLower), as: UTF8.self)
  }

  /// Whether `text` holds `needle` as written, anywhere.
  static func containsExactly(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { text in
      needle.withUTF8 { needle in firstIndex(of: needle, in: text, from: 0, to: text.count) != nil }
    }
  }

  /// The first range of `text` that holds `needle` as written, found on their bytes (an ASCII
  /// needle never matches inside a character of more bytes).
  static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
    var bytes = text
    var needle = needle
    let count = needle.utf8.count
    guard
      let start = bytes.withUTF8({ bytes in
        needle.withUTF8 { needle in firstIndex(of: needle, in: bytes, from: 0, to: bytes.count) }
      })
    else { return nil }
    // The indices are of `text` itself (the copy's storage may differ), at the same offsets.
    let lower = text.utf8.index(text.startIndex, offsetBy: start)
    return lower..<text.utf8.index(lower, offsetBy: count)
  }

  /// The ranges of `text` that hold `needle` (lower-case ASCII) in any case, each found after
  /// the one before it, on their bytes: no word boundary is asked for.
  static func rangesIgnoringCase(of needle: String, in text: String) -> [Range<String.Index>] {
    var bytes = text
    var needle = needle
    let offsets = bytes.withUTF8 { text in
      needle.withUTF8 { needle -> [Int] in
        var found: [Int] = []
        var from = 0
        while let i = firstOffsetIgnoringCase(of: needle, in: text, from: from) {
          found.append(i)
          from = i + needle.count
        }
        return found
      }
    }
    // The indices are of `text` itself (the copy's storage may differ), at the same offsets.
    let count = needle.utf8.count
    return offsets.map { offset in
      let lower = text.utf8.index(text.startIndex, offsetBy: offset)
      return lower..<text.utf8.index(lower, offsetBy: count)
    }
  }

  /// Whether the text holds `needle` (lower-case ASCII) anywhere, in any case: no word
  /// boundary is asked for.
  func containsAnywhere(_ needle: String) -> Bool {
    var needle = needle
    return bytes.withUnsafeBufferPointer { text in
      needle.withUTF8 { needle in
        Self.firstIndex(of: needle, in: text, from: 0, to: text.count) != nil
      }
    }
  }

  /// Whether the text holds `phrase` (lower-case ASCII) as whole words.
  func contains(_ phrase: String) -> Bool {
    occurrences(of: phrase, limit: 1) > 0
  }

  /// How many times the text holds `phrase` (lower-case ASCII) as whole words, counting at
  /// most `limit`.
  func occurrences(of phrase: String, limit: Int = .max) -> Int {
    var count = 0
    forEachOccurrence(of: phrase) { _ in
      count += 1
      return count < limit
    }
    return count
  }

  /// Calls `body` with the start of each whole-word occurrence of `phrase` (lower-case ASCII),
  /// in order and without overlaps, until it returns `false`: the same occurrences as
  /// ``forEachOccurrence(of:in:_:)`` finds, looking only where a word starts when the phrase
  /// starts with a letter or a digit.
  func forEachOccurrence(of phrase: String, _ body: (Int) -> Bool) {
    var phrase = phrase
    phrase.withUTF8 { needle in
      bytes.withUnsafeBufferPointer { haystack in
        guard let first = needle.first, needle.count <= haystack.count else { return }
        guard isASCIIAlphanumeric(first) else {
          Self.forEachOccurrence(of: needle, in: haystack, body)
          return
        }
        let group = Int(first)
        let from = group == 0 ? 0 : Int(groupEnds[group - 1])
        var allowed = 0
        for k in from..<Int(groupEnds[group]) {
          let i = Int(wordStarts[k])
          guard i >= allowed else { continue }
          guard i + needle.count <= haystack.count else { return }
          var m = 1
          while m < needle.count && haystack[i + m] == needle[m] { m += 1 }
          if m == needle.count && Self.isBoundary(after: i + needle.count, in: haystack) {
            guard body(i) else { return }
            allowed = i + needle.count
          }
        }
      }
    }
  }

  /// Where the text holds `phrase` (lower-case ASCII) as whole words: the byte offset of each
  /// occurrence, in order.
  func starts(of phrase: String) -> [Int] {
    var starts: [Int] = []
    forEachOccurrence(of: phrase) { start in
      starts.append(start)
      return true
    }
    return starts
  }

  /// Whether one of `places` (lower-case ASCII) occurs, anywhere, within the `window` bytes
  /// after some `lead`, before a full stop or a line break ends the sentence: the text is read
  /// for `lead` once, whatever the number of places.
  func holds(anyOf places: [String], within window: Int, after lead: String) -> Bool {
    var lead = lead
    let places = places.map { Array($0.utf8) }
    return lead.withUTF8 { lead in
      bytes.withUnsafeBufferPointer { text in
        var from = 0
        while let start = Self.firstIndex(of: lead, in: text, from: from, to: text.count) {
          let begin = start + lead.count
          var end = begin
          while end < min(text.count, begin + window) && text[end] != 0x2E && text[end] != 0x0A {
            end += 1
          }
          for place in places {
            let found = place.withUnsafeBufferPointer {
              Self.firstIndex(of: $0, in: text, from: begin, to: end) != nil
            }
            if found { return true }
          }
          from = start + 1
        }
        return false
      }
    }
  }

  /// The first position at or after `from` where `needle` starts and ends by `to`.
  static func firstIndex(
    of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int
  ) -> Int? {
    guard let first = needle.first, to - from >= needle.count else { return nil }
    var i = from
    while i <= to - needle.count {
      if text[i] == first {
        var k = 1
        while k < needle.count && text[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// Calls `body` with the start of each whole-word occurrence of `needle`, in order, and
  /// without overlaps, until it returns `false`.
  static func forEachOccurrence(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
    _ body: (Int) -> Bool
  ) {
    guard let first = needle.first, needle.count <= haystack.count else { return }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] != first {
        i += 1
        continue
      }
      var k = 1
      while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
      if k == needle.count && isBoundary(before: i, in: haystack)
        && isBoundary(after: i + needle.count, in: haystack)
      {
        guard body(i) else { return }
        i += needle.count
      } else {
        i += 1
      }
    }
  }

  /// Whether the character ending just before byte `i` is neither a letter nor a digit.
  static func isBoundary(before i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard i > 0 else { return true }
    let byte = text[i - 1]
    if byte < 0x80 { return !isASCIIAlphanumeric(byte) }
    var start = i - 1
    while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
    return !isWordScalar(decodeScalar(text, at: start)?.0)
  }

  /// Whether the character starting at byte `i` is neither a letter nor a digit.
  static func isBoundary(after i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard i < text.count else { return true }
    let byte = text[i]
    if byte < 0x80 { return !isASCIIAlphanumeric(byte) }
    return !isWordScalar(decodeScalar(text, at: i)?.0)
  }

  static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
