import AskBack
import Foundation

// askback: the command-line interface. Exit codes: see ExitCode. Errors are
// one line on standard error.

Console.prepare()
exit(Commands.run(Array(CommandLine.arguments.dropFirst())).rawValue)
