import AskBack

// libFuzzer target: the binary index loader. The first input byte picks how
// to use the rest: as a whole file (mostly refused at the magic or the
// checksum), or as a patch applied to a valid index whose checksum is then
// fixed, so the fuzzer reaches the validation of the contents. Each file's
// header is also read alone, as loading a file reads it first.

let seed: [UInt8] = {
  let line =
    #"{"id": "a", "text": "What is the hardest part of the {role|job}?", "category": "challenges", "stages": ["screen"], "occupations": ["41-0000"], "keywords": ["quota"]}"#
  let second =
    #"{"id": "b", "text": "Who are your main competitors?", "category": "competitors", "stages": ["screen", "first-round"]}"#
  let occupation =
    #"{"code": "41-3091.00", "title": "Sales Representatives", "description": "Sell services.", "titles": ["Account Executive"], "tasks": ["Own a quota."], "technology": ["CRM software"], "tools": []}"#
  let soc = [
    #"{"code": "41-0000", "level": "major", "title": "Sales and Related Occupations"}"#,
    #"{"code": "41-3000", "level": "minor", "title": "Sales Representatives, Services"}"#,
    #"{"code": "41-3090", "level": "broad", "title": "Miscellaneous Sales Representatives"}"#,
  ].joined(separator: "\n")
  let posting =
    #"{"id": "p", "title": "Account Executive", "category": "sales", "occupation": "41-3091.00", "text": "Own a quota and a pipeline."}"#
  let reading = CorpusLoader.read(
    CorpusFiles(
      folder: "",
      contents: [
        CorpusFiles.questionsFile: Array((line + "\n" + second).utf8),
        CorpusFiles.descriptionsFile: Array(posting.utf8),
        CorpusFiles.occupationsFile: Array(occupation.utf8),
        CorpusFiles.socFile: Array(soc.utf8),
      ]))
  precondition(reading.problems.isEmpty, "the seed corpus has problems: \(reading.problems)")
  return IndexFile.encode(Recommender(corpus: reading.corpus), fingerprint: 1)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndexLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let mode = bytes.first else { return 0 }
  var file: [UInt8]
  if mode & 1 == 0 {
    file = Array(bytes.dropFirst())
  } else {
    // Patch: pairs of (position, value) over the valid index, then fix the checksum.
    file = seed
    var k = 1
    while k + 2 < bytes.count {
      let position = (Int(bytes[k]) << 8 | Int(bytes[k + 1])) % (file.count - 8)
      file[position] = bytes[k + 2]
      k += 3
    }
    let sum = file.withUnsafeBufferPointer {
      checksum64(UnsafeBufferPointer(rebasing: $0[8..<(file.count - 8)]))
    }
    withUnsafeBytes(of: sum.littleEndian) { raw in
      for j in 0..<8 { file[file.count - 8 + j] = raw[j] }
    }
  }
  let loaded = try? file.withUnsafeBufferPointer { buffer throws(IndexFileError) in
    try IndexFile.decode(buffer)
  }
  // The size the header declares, read first when loading a file, never traps; a file that
  // decodes is exactly that size.
  let declared = try? file.withUnsafeBufferPointer { buffer throws(IndexFileError) in
    try IndexFile.declaredFileSize(header: buffer)
  }
  if loaded != nil { precondition(declared == file.count, "a decoded file of another size") }
  if let loaded {
    // A loaded index must serve a posting without trapping.
    _ = loaded.recommend("Account Executive\n\nOwn a quota and grow the pipeline.")
  }
  return 0
}
