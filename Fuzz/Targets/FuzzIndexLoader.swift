import AskBack

// libFuzzer target: the binary index loader. The first input byte picks how
// to use the rest: as a whole file (mostly refused at the magic or the
// checksum), or as a patch applied to a valid index whose checksum is then
// fixed, so the fuzzer reaches the validation of the contents. Each file's
// header is also read alone, as loading a file reads it first.

let seed: [UInt8] = {
  let line =
    #"{"id": "a", "text": "What is the hardest part of the {role|job}?", "category": "challenges", "stages": ["screen"], "fields": ["sales"], "keywords": ["quota"]}"#
  let second =
    #"{"id": "b", "text": "Who are your main competitors?", "category": "competitors", "stages": ["screen", "first-round"]}"#
  let field =
    #"{"name": "sales", "description": "Selling.", "terms": ["quota", "pipeline"], "titles": ["Account Executive"]}"#
  let posting =
    #"{"id": "p", "title": "Account Executive", "category": "sales", "text": "Own a quota and a pipeline."}"#
  let reading = CorpusLoader.read(
    questions: ("q", Array((line + "\n" + second).utf8)), descriptions: ("p", Array(posting.utf8)),
    fields: ("d", Array(field.utf8)))
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
