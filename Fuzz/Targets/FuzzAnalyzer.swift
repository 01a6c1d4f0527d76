import AskBack

// libFuzzer target: the standard and simple analyzers (and so Porter2) on
// arbitrary bytes, with and without surface forms, the removal of format
// characters, plus the stemmer alone on each byte run.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  var tokens = TokenBuffer()
  Analyzer.standard.analyze(utf8: bytes, into: &tokens)
  for i in 0..<tokens.count {
    let range = tokens.range(of: i)
    precondition(!range.isEmpty, "empty term")
  }
  // Keeping surfaces must not change the terms, and gives one surface per term.
  var surfaced = TokenBuffer(keepingSurfaces: true)
  Analyzer.standard.analyze(utf8: bytes, into: &surfaced)
  precondition(surfaced.strings == tokens.strings, "surfaces changed the terms")
  for i in 0..<surfaced.count {
    precondition(surfaced.surface(of: i) != nil, "a term without a surface")
  }
  // Removing format characters leaves none to remove, and makes none of the fragments around
  // what it removed.
  if let cleaned = FormatCharacters.removing(fromUTF8: bytes) {
    precondition(
      cleaned.withUnsafeBufferPointer(FormatCharacters.removing(fromUTF8:)) == nil,
      "format characters are left")
  }
  tokens.removeAll()
  Analyzer.simple.analyze(utf8: bytes, into: &tokens)
  // The stemmer on the raw bytes, split at newlines: it must never grow a word.
  var word: [UInt8] = []
  for byte in bytes + [0x0A] {
    if byte == 0x0A {
      let length = word.count
      let stem = word.withUnsafeMutableBufferPointer { Porter2Stemmer().stem($0) }
      precondition(stem <= length, "a stem grew")
      word.removeAll(keepingCapacity: true)
    } else {
      word.append(byte)
    }
  }
  _ = PostingFacts(posting: String(decoding: bytes, as: UTF8.self))
  return 0
}
