import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call's `errno`, told in AskBack's words.
///
/// Every file error a user can cause (a missing file, a loop of symbolic links, a closed
/// descriptor, a full disk) reaches the user through ``description``, never as Foundation's or the
/// C library's text alone.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The `errno` value.
  public var code: Int32

  public init(code: Int32) {
    self.code = code
  }

  /// The `errno` of the last failed call.
  public static var last: SystemError { SystemError(code: errno) }

  /// Whether this is a write into a pipe whose reader has gone (`EPIPE`).
  public var isBrokenPipe: Bool { code == EPIPE }

  /// What went wrong, as a phrase that follows a path or "cannot read ...:".
  public var description: String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES, EPERM: return "permission denied"
    case ELOOP: return "too many levels of symbolic links"
    case ENOTDIR: return "a part of the path is not a folder"
    case EISDIR: return "is a folder, not a file"
    case ENAMETOOLONG: return "the name is too long"
    case EBADF: return "it is closed"
    case ENOSPC: return "no space left on the device"
    case EDQUOT: return "the disk quota is used up"
    case EFBIG: return "the file would be too large"
    case EROFS: return "the file system is read-only"
    case EIO: return "an input/output error"
    case EPIPE: return "the reader closed the pipe"
    case ENXIO, ENODEV: return "no such device"
    case EAGAIN: return "no data is ready (the descriptor does not block)"
    case EMFILE, ENFILE: return "too many open files"
    case ENOMEM: return "out of memory"
    default:
      let text = String(cString: strerror(code))
      return text.prefix(1).lowercased() + text.dropFirst()
    }
  }
}
