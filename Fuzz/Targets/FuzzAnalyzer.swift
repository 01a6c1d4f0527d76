import AskBack

// libFuzzer target: the standard and simple analyzers (and so Porter2) on
// arbitrary bytes, plus the stemmer alone on each byte run.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  var tokens = TokenBuffer()
  Analyzer.standard.analyze(utf8: bytes, into: &tokens)
  for i in 0..<tokens.count {
    let range = tokens.range(of: i)
    precondition(!range.isEmpty, "empty term")
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
