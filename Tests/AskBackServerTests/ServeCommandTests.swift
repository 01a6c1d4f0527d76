import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("askback serve, the command")
struct ServeCommandTests {
  /// Starts `askback serve` with `arguments`; the process and its standard output.
  private func start(_ arguments: [String]) throws -> (Process, FileHandle, Pipe) {
    let process = Process()
    process.executableURL = Paths.products.appending(path: "askback")
    process.arguments = ["serve"] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    return (process, output.fileHandleForReading, errors)
  }

  /// The first line of `handle`.
  private func firstLine(_ handle: FileHandle) -> String {
    var bytes: [UInt8] = []
    while let byte = try? handle.read(upToCount: 1), let first = byte.first, first != 0x0A {
      bytes.append(first)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func printsItsURLServesAndStopsOnASignal(signal: Int32) throws {
    let (process, output, _) = try start(["--port", "0", "--threads", "1"])
    let url = firstLine(output)
    #expect(url.hasPrefix("http://127.0.0.1:"))
    let port = try #require(Int(url.dropFirst("http://127.0.0.1:".count).dropLast()))
    let client = try RawClient(port: port)
    try client.send(request("GET", "/healthz"))
    #expect(try client.read().status == 200)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func badOptionsAreUsageErrors() throws {
    let (process, _, errors) = try start(["--port", "70000"])
    process.waitUntilExit()
    #expect(process.terminationStatus == 64)
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(
      message
        == "error: invalid value '70000' for '--port'; expected 0 to 65535. See 'askback serve --help'.\n"
    )
  }

  @Test func anAddressInUseIsAOneLineError() throws {
    let first = try TestServer()
    defer { first.stop() }
    let (process, _, errors) = try start(["--port", String(first.port)])
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(message.hasPrefix("error: cannot listen on 127.0.0.1:\(first.port): "))
    #expect(message.filter { $0 == "\n" }.count == 1)
  }
}
