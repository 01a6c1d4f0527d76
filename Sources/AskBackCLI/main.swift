import AskBack
import Foundation

// askback: the command-line interface. Exit codes: 0 success, 1 a data or
// runtime error, 64 a usage error. Errors are one line on standard error.

Console.prepare()
exit(Commands.run(Array(CommandLine.arguments.dropFirst())))
