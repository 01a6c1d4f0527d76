import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file being written, for the signal handler to remove.
nonisolated(unsafe) private var pendingTemporaryPath: UnsafeMutablePointer<CChar>?

/// On Ctrl-C or a termination request while a file is being written:
/// remove the temporary file and exit, so no partial file is left.
private func removePendingAndExit(_ signal: Int32) {
  if let path = pendingTemporaryPath { unlink(path) }
  _exit(128 + signal)
}

/// Writes files atomically: into a temporary file beside the target, then renamed over it.
///
/// Readers see the old file or the new one, never a part.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .failure("\(path): the folder \(folder) does not exist") }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .failure("\(path): is a folder")
    }
    let template = folder + "/." + url.lastPathComponent + ".tmp-XXXXXX"
    let temporary = strdup(template)
    guard let temporary else { throw .failure("\(path): out of memory") }
    let fd = mkstemp(temporary)
    guard fd >= 0 else {
      free(temporary)
      throw .failure("\(path): cannot write here: \(String(cString: strerror(errno)))")
    }
    pendingTemporaryPath = temporary
    signal(SIGINT, removePendingAndExit)
    signal(SIGTERM, removePendingAndExit)
    defer {
      signal(SIGINT, SIG_DFL)
      signal(SIGTERM, SIG_DFL)
      pendingTemporaryPath = nil
      free(temporary)
    }
    let written = bytes.withUnsafeBufferPointer { Console.writeAll(fd, $0).failure == nil }
    let synced = fsync(fd) == 0
    let closed = close(fd) == 0
    guard written && synced && closed else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .failure("\(path): cannot write: \(reason)")
    }
    fchmodOrIgnore(temporary)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .failure("\(path): cannot write: \(reason)")
    }
  }

  /// mkstemp makes the file readable by its owner only; an index is not secret.
  private static func fchmodOrIgnore(_ path: UnsafeMutablePointer<CChar>) {
    _ = chmod(path, 0o644)
  }
}
