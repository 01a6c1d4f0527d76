/// The exit codes of `askback`, as the README's table documents them.
enum ExitCode: Int32 {
  /// Success, or help and version on request.
  case success = 0
  /// A data or runtime error: an empty posting, an unreadable file, an invalid corpus, a damaged
  /// index, a failed write.
  case failure = 1
  /// A usage error: an unknown subcommand or option, a missing or invalid value
  /// (`EX_USAGE` of sysexits).
  case usage = 64
}
