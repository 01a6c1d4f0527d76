/// Turns batch input lines into output lines, one for one.
///
/// An input line is a JSON object with `"id"` and `"text"` (or `"description"`, as in
/// job-board exports), and optionally `"title"`, which goes first as the posting's title line
/// unless the text already starts with it (``Recommender/postingText(title:body:)``). Its
/// output line is either
/// `{"id", "role", "company", "occupations", "fields", "questions"}` or, for a line that
/// cannot be served, `{"id", "line", "error"}`, where `"id"` is the input's
/// id when it could be read and `null` otherwise. An id is a string or a
/// number, echoed exactly as the input line writes it (`0.10`, `1e3` and
/// `"\u0041"` come back as they are). So a batch keeps exactly one output line
/// per input line, in order, whatever the input holds.
public struct BatchProcessor: Sendable {
  public let recommender: Recommender
  public let options: RecommendationOptions
  /// The longest text served, in bytes.
  public let maximumTextBytes: Int

  public init(
    recommender: Recommender, options: RecommendationOptions, maximumTextBytes: Int = 4 << 20
  ) {
    self.recommender = recommender
    self.options = options
    self.maximumTextBytes = maximumTextBytes
  }

  /// The output line, without a line break, for input line `number`.
  ///
  /// A byte order mark at the start of the line (the first line of a file saved with one) is
  /// dropped.
  public func process(_ line: [UInt8], number: Int) -> String {
    let line = ByteOrderMark.stripped(line)
    guard !line.withUnsafeBufferPointer(JSONLines.isBlank) else {
      return Self.errorLine(id: .null, number: number, message: "empty line")
    }
    let value: JSONValue
    let texts: [(key: String, text: String)]
    do {
      (value, texts) = try line.withUnsafeBufferPointer { buffer throws(JSONError) in
        try JSONReader.parseKeepingMemberTexts(buffer)
      }
    } catch {
      return Self.errorLine(id: .null, number: number, message: "malformed JSON: \(error)")
    }
    guard case .object = value else {
      return Self.errorLine(
        id: .null, number: number, message: "expected a JSON object, found \(value.kindName)")
    }
    // The id goes back exactly as it was written, so two ids never become one.
    let id: JSONValue
    switch value["id"] {
    case .string?, .number?:
      id = texts.last { $0.key == "id" }.map { .raw($0.text) } ?? .null
    case nil:
      return Self.errorLine(
        id: .null, number: number, message: "missing \"id\" (a string or a number)")
    case let other?:
      return Self.errorLine(
        id: .null, number: number,
        message: "\"id\" must be a string or a number, not \(other.kindName)")
    }
    guard let body = value["text"]?.stringValue ?? value["description"]?.stringValue else {
      return Self.errorLine(id: id, number: number, message: "missing \"text\" (a string)")
    }
    let text = Recommender.postingText(title: value["title"]?.stringValue, body: body)
    guard !Recommender.isBlank(posting: text) else {
      return Self.errorLine(id: id, number: number, message: "the posting is empty")
    }
    guard text.utf8.count <= maximumTextBytes else {
      return Self.errorLine(
        id: id, number: number, message: "the posting is larger than \(maximumTextBytes >> 20) MiB")
    }
    let result = recommender.recommend(text, options: options)
    guard case .object(let members) = RecommendationFormatter.json(result) else { return "" }
    let kept = members.filter {
      ["role", "company", "occupations", "fields", "questions"].contains($0.key)
    }
    return JSONWriter.string(.object([("id", id)] + kept))
  }

  /// `{"id", "line", "error"}`.
  public static func errorLine(id: JSONValue, number: Int, message: String) -> String {
    JSONWriter.string(
      .object([("id", id), ("line", .number(Double(number))), ("error", .string(message))]))
  }
}

extension BatchProcessor {
  /// The output line for `line` as the line reader gave it.
  public func process(_ line: LineReader.Line) -> String {
    switch line {
    case .text(let number, let bytes): return process(bytes, number: number)
    case .tooLong(let number):
      return Self.errorLine(
        id: .null, number: number,
        message: "the line is longer than \(maximumTextBytes >> 20) MiB")
    }
  }

  /// Serves every line of `reader`: blocks of lines on `threads` threads, each block's output
  /// lines handed to `emit` in input order, with the input bytes read so far.
  ///
  /// Memory stays bounded: only one block of `32 × threads` lines is held at a time.
  ///
  /// - Throws: what `reader` or `emit` throws; the lines emitted before stay emitted.
  public func run(
    _ reader: inout LineReader, threads: Int,
    emit: (_ lines: [String], _ bytesRead: Int) throws -> Void
  ) throws {
    let blockSize = 32 * max(1, threads)
    var done = false
    while !done {
      var block: [LineReader.Line] = []
      while block.count < blockSize {
        guard let line = try reader.next() else {
          done = true
          break
        }
        block.append(line)
      }
      guard !block.isEmpty else { break }
      let lines = block
      let outputs = orderedParallelMap(count: lines.count, threads: threads, state: self) {
        processor, i in processor.process(lines[i])
      }
      try emit(outputs, reader.bytesRead)
    }
  }
}
