/// What the server asks of the application: an answer for each request.
///
/// ``respond(to:)`` runs on the worker pool, many at once, so a handler must be safe to share.
public protocol HTTPHandler: Sendable {
  /// The answer to `request`.
  func respond(to request: HTTPRequest) -> HTTPResponse
  /// The methods `path` answers, or `nil` when no route has that path (for `OPTIONS`).
  func allowedMethods(forPath path: String) -> [String]?
}

/// One method and path, and what answers it.
public struct Route: Sendable {
  public var method: String
  public var path: String
  public var handle: @Sendable (HTTPRequest) throws -> HTTPResponse

  public init(
    _ method: String, _ path: String,
    _ handle: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse
  ) {
    self.method = method
    self.path = path
    self.handle = handle
  }
}

/// Routes requests by exact path and method.
///
/// An unknown path is 404, a known path asked with another method 405 with `Allow`; `HEAD` is
/// answered as `GET` without the body and `OPTIONS` with `Allow`. An error a route throws is a
/// 500 whose message does not reveal it.
public struct Router: HTTPHandler {
  public let routes: [Route]

  public init(_ routes: [Route]) {
    self.routes = routes
  }

  public func allowedMethods(forPath path: String) -> [String]? {
    let methods = routes.filter { $0.path == path }.map(\.method)
    guard !methods.isEmpty else { return nil }
    return (methods.contains("GET") ? methods + ["HEAD"] : methods) + ["OPTIONS"]
  }

  public func respond(to request: HTTPRequest) -> HTTPResponse {
    guard let allowed = allowedMethods(forPath: request.path) else {
      return .error(404, "no such path: \(request.path)")
    }
    let method = request.method == "HEAD" ? "GET" : request.method
    if request.method == "OPTIONS" {
      return HTTPResponse(
        status: 204, headers: [("Allow", allowed.joined(separator: ", "))], body: .bytes([]))
    }
    guard let route = routes.first(where: { $0.path == request.path && $0.method == method }) else {
      var response = HTTPResponse.error(
        405, "\(request.path) answers \(allowed.joined(separator: ", ")), not \(request.method)")
      response.setHeader("Allow", allowed.joined(separator: ", "))
      return response
    }
    do {
      return try route.handle(request)
    } catch {
      return .error(500, "internal error")
    }
  }
}
