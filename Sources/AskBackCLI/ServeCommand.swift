import AskBackServer
import Foundation

/// `askback serve`: the page and the HTTP API on one port.
enum ServeCommand {
  static let spec = CommandSpec(
    path: ["serve"],
    abstract: "Serve a private web page and an HTTP API for recommending questions.",
    discussion: """
      Listens on HOST:PORT (loopback by default) and serves the page at / and the API: \
      POST /v1/recommend, /v1/batch and /v1/prep, GET /healthz and /v1/version. Prints the \
      URL it listens on; SIGINT or SIGTERM stops it after the requests in flight.
      """,
    options: [
      OptionSpec(
        name: "host", valueName: "address",
        help: "The address to listen on; anything but loopback is open to others.",
        defaultValue: "127.0.0.1"),
      OptionSpec(
        name: "port", valueName: "n", help: "The port, 1 to 65535 (0 picks a free one).",
        defaultValue: "8080"),
      OptionSpec(
        name: "threads", valueName: "n",
        help: "Worker threads; the default is the number of cores.",
        defaultValue: String(BatchCommand.defaultThreads)),
      OptionSpec(
        name: "allow-origin", valueName: "origin",
        help:
          "One origin allowed to call the API from a browser (CORS), such as https://example.org."
      ),
    ] + SourceOptions.specs)

  static let command = Command(spec: spec) { parsed in
    var configuration = ServerConfiguration()
    configuration.host = parsed.value("host", in: spec) ?? "127.0.0.1"
    configuration.port =
      try ArgumentParser.integer(parsed, "port", in: 0...65535, spec: spec) ?? 8080
    configuration.threads =
      try ArgumentParser.integer(parsed, "threads", in: BatchCommand.threadRange, spec: spec) ?? 1
    configuration.allowOrigin = parsed.values["allow-origin"]
    let service = AskBackService(
      recommender: try SourceOptions(parsed).loadRecommender(), version: Commands.version)
    let server = HTTPServer(configuration: configuration, handler: service.router)
    do {
      try server.start()
    } catch {
      throw CLIError.failure("\(error)")
    }
    server.stopOnSignals()
    if !server.isLoopback {
      Console.error(
        "warning: listening on \(configuration.host), not loopback: anyone who can reach this address can use the service"
      )
    }
    let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
    try Console.write("http://\(host):\(server.port)/\n")
    server.wait()
  }
}
