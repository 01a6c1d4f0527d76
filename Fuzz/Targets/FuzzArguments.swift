// libFuzzer target: the command-line argument parser with askback's real
// command specifications. The input is split into arguments at NUL bytes;
// the first picks the subcommand. Parsing must end in arguments or a
// CLIError, never a trap.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
    String(decoding: $0, as: UTF8.self)
  }
  guard let first = arguments.first else { return 0 }
  let specs = Commands.all.map(\.spec) + CorpusCommand.spec.subcommands
  let spec = specs.first { $0.name == first } ?? Commands.root
  do {
    let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: spec)
    for option in spec.options where option.valueName != nil {
      _ = try? ArgumentParser.integer(parsed, option.name, in: 1...100, spec: spec)
    }
  } catch {
    if case .help(let text) = error {
      precondition(text.hasPrefix("OVERVIEW: "), "help without an overview")
    }
  }
  return 0
}
