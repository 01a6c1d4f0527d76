import AskBack

// libFuzzer target: the JSON reader on every line of arbitrary bytes, a
// write-and-read round trip of what it accepts, the texts it keeps of an
// object's members, and the corpus loader on the same bytes as a questions
// file.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  JSONLines.forEachLine(in: bytes) { _, line in
    if let value = try? JSONReader.parse(line) {
      let text = JSONWriter.string(value, decimals: 17)
      precondition((try? JSONReader.parse(text)) != nil, "written JSON does not read back")
      // The text kept of each member reads back as that member's value.
      guard case .object(let members) = value,
        let (again, texts) = try? JSONReader.parseKeepingMemberTexts(line)
      else { return }
      precondition(again == value && texts.count == members.count, "a second reading differs")
      for (member, kept) in zip(members, texts) {
        precondition(member.key == kept.key, "a member's text is another member's")
        precondition((try? JSONReader.parse(kept.text)) == member.value, "a member's text differs")
      }
    }
  }
  let reading = CorpusLoader.read(
    CorpusFiles(folder: "", contents: [CorpusFiles.questionsFile: Array(bytes)]))
  // Every problem names its line, but for a file without a single question.
  precondition(
    reading.problems.allSatisfy {
      $0.line >= 1
        || (reading.corpus.questions.isEmpty && $0.message == "the file holds no questions")
    }, "a problem without a line")
  return 0
}
