import AskBack
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
/// Readers see the old file or the new one, never a part. Only a regular file or a new path is
/// written: a device, a named pipe, a socket or a folder is refused. A symbolic link is followed
/// to its target, which must then be a regular file or a new path in an existing folder; the link
/// stays a link. An existing file keeps its mode and, when the system permits, its owner and
/// group; a new file gets the mode the umask leaves of 0666. Because the new file is renamed into
/// place, a file with other hard links becomes a file of its own: the other links keep the old
/// contents.
enum AtomicFile {
  /// The most symbolic links followed, as the system's own limit.
  static let maximumLinks = 40

  /// What `--output` points at once links are followed.
  struct Target {
    /// The path written: the given path, or the final target of its links.
    var path: String
    /// The path as given, with its link target when they differ, for messages.
    var label: String
    /// The existing regular file's status, or `nil` for a new path.
    var existing: stat?
  }

  /// Follows `path`'s symbolic links and checks what is at the end.
  ///
  /// - Throws: ``CLIError/failure(_:)`` for a folder, a device, a named pipe, a socket, a loop of
  ///   links, a missing folder, or a path that cannot be looked at.
  static func target(of path: String) throws(CLIError) -> Target {
    var current = path
    var links = 0
    while true {
      let label = current == path ? path : "\(path) (a link to \(current))"
      var info = stat()
      guard lstat(current, &info) == 0 else {
        let error = SystemError.last
        guard error.code == ENOENT else { throw .failure("\(label): \(error)") }
        let folder = parent(of: current)
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
          throw .failure("\(label): the folder \(folder) does not exist")
        }
        return Target(path: current, label: label, existing: nil)
      }
      let refusal = "not a regular file; --output writes a regular file or a new path"
      switch info.st_mode & S_IFMT {
      case S_IFREG: return Target(path: current, label: label, existing: info)
      case S_IFLNK:
        links += 1
        guard links <= maximumLinks, let next = readLink(current) else {
          throw .failure("\(path): \(SystemError(code: ELOOP))")
        }
        current = next.hasPrefix("/") ? next : parent(of: current) + "/" + next
      case S_IFDIR: throw .failure("\(label): is a folder")
      case S_IFCHR, S_IFBLK: throw .failure("\(label): is a device, \(refusal)")
      case S_IFIFO: throw .failure("\(label): is a named pipe (FIFO), \(refusal)")
      case S_IFSOCK: throw .failure("\(label): is a socket, \(refusal)")
      default: throw .failure("\(label): is \(refusal)")
      }
    }
  }

  /// The folder that holds `path`.
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The target of the symbolic link at `path`, or `nil`.
  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Writes `bytes` to `path` (see ``AtomicFile``).
  static func write(_ bytes: [UInt8], to path: String) throws(CLIError) {
    let target = try target(of: path)
    let folder = parent(of: target.path)
    let name = target.path.split(separator: "/").last.map(String.init) ?? target.path
    let template = folder + "/." + name + ".tmp-XXXXXX"
    guard let temporary = strdup(template) else { throw .failure("\(path): out of memory") }
    let fd = mkstemp(temporary)
    guard fd >= 0 else {
      let error = SystemError.last
      free(temporary)
      throw .failure("\(target.label): cannot write in \(folder): \(error)")
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
    func fail(_ error: SystemError) -> CLIError {
      unlink(temporary)
      return .failure("\(target.label): cannot write: \(error)")
    }
    if let failure = bytes.withUnsafeBufferPointer({ Console.writeAll(fd, $0).failure }) {
      close(fd)
      throw fail(failure)
    }
    if let existing = target.existing {
      // The owner first: changing it may clear the set-id bits that the mode then restores.
      if fchown(fd, existing.st_uid, existing.st_gid) != 0 {
        _ = fchown(fd, uid_t.max, existing.st_gid)
      }
      _ = fchmod(fd, existing.st_mode & 0o7777)
    } else {
      let mask = umask(0)
      umask(mask)
      _ = fchmod(fd, 0o666 & ~mask)
    }
    guard fsync(fd) == 0 else {
      let error = SystemError.last
      close(fd)
      throw fail(error)
    }
    guard close(fd) == 0 else { throw fail(.last) }
    guard rename(temporary, target.path) == 0 else { throw fail(.last) }
  }
}
