import Foundation
import Testing

@testable import AskBack

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading files with AskBack's own messages for every failure.
struct InputFileTests {
  static let folder = Paths.scratch("askback-input-file")

  static func prepared() throws -> String {
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("Staff Accountant\n".utf8).write(to: folder.appending(path: "posting.txt"))
    symlink("loop", folder.appending(path: "loop").path)
    return folder.path
  }

  func failure(_ path: String) -> String? {
    do {
      _ = try InputFile.contents(ofFile: path)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func readsAFile() throws {
    let folder = try Self.prepared()
    #expect(
      try InputFile.contents(ofFile: folder + "/posting.txt") == Array("Staff Accountant\n".utf8))
    let input = try InputFile(path: folder + "/posting.txt")
    #expect(input.regularFileSize == 17)
    #expect(try input.read(upTo: 5) == Array("Staff".utf8))
    #expect(try input.readAll(limit: 100) == Array(" Accountant\n".utf8))
  }

  @Test func saysWhatIsWrongInItsOwnWords() throws {
    let folder = try Self.prepared()
    #expect(failure(folder + "/missing.txt") == folder + "/missing.txt: no such file")
    #expect(failure(folder) == folder + ": is a folder, not a file")
    #expect(failure(folder + "/loop") == folder + "/loop: too many levels of symbolic links")
    #expect(
      failure(folder + "/posting.txt/x") == folder
        + "/posting.txt/x: a part of the path is not a folder")
    #expect(throws: InputFile.Failure.tooLarge(name: folder + "/posting.txt", limit: 4)) {
      try InputFile.contents(ofFile: folder + "/posting.txt", limit: 4)
    }
  }

  @Test func systemErrorsReadAsPhrases() {
    #expect(SystemError(code: ENOSPC).description == "no space left on the device")
    #expect(SystemError(code: EBADF).description == "it is closed")
    #expect(SystemError(code: EPIPE).isBrokenPipe)
    #expect(!SystemError(code: EIO).isBrokenPipe)
    #expect(
      InputFile.Failure.system(name: "standard input", SystemError(code: EBADF)).description
        == "cannot read standard input: it is closed")
  }
}
