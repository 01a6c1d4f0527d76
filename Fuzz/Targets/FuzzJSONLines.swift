import AskBack

// libFuzzer target: the JSON reader on every line of arbitrary bytes, a
// write-and-read round trip of what it accepts, and the corpus loader on
// the same bytes as a questions file.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  JSONLines.forEachLine(in: bytes) { _, line in
    if let value = try? JSONReader.parse(line) {
      let text = JSONWriter.string(value, decimals: 17)
      precondition((try? JSONReader.parse(text)) != nil, "written JSON does not read back")
    }
  }
  let reading = CorpusLoader.read(
    questions: ("fuzz.jsonl", Array(bytes)), descriptions: nil, fields: nil)
  precondition(reading.problems.allSatisfy { $0.line >= 1 }, "a problem without a line")
  return 0
}
