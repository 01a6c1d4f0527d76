import AskBack

/// `askback stem`: Porter2 stems, one word a line.
enum StemCommand {
  static let spec = CommandSpec(
    path: ["stem"],
    abstract:
      "Stem words with Porter2 (Snowball English), one word a line in, one stem a line out.",
    arguments: [
      ArgumentSpec(name: "file", help: "The words to read; '-' or nothing reads standard input.")
    ])

  static let command = Command(spec: spec) { parsed in
    let bytes = try Console.readInput(
      path: parsed.positionals.first, limit: 256 << 20, what: "the words")
    let stemmer = Porter2Stemmer()
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var scratch: [UInt8] = []
    bytes.withUnsafeBufferPointer { buffer in
      JSONLines.forEachLine(in: buffer, skipBlank: false) { _, line in
        stemmer.appendStem(of: line, to: &out, scratch: &scratch)
        out.append(0x0A)
      }
    }
    try Console.write(String(decoding: out, as: UTF8.self))
  }
}
