extension IndexFile {
  /// The largest index file read, 1 GiB.
  ///
  /// The shipped corpus's index is about 1 MB.
  public static let maximumFileBytes = 1 << 30

  /// The bytes before the section table: the magic, the version and the section count.
  public static let fixedHeaderBytes = 16

  /// The length of the whole header, fixed part and section table, that the fixed part `prefix`
  /// declares.
  ///
  /// - Throws: ``IndexFileError/notAnIndex`` for a wrong magic, ``IndexFileError/truncated``
  ///   when `prefix` ends early, ``IndexFileError/unsupportedVersion(found:supported:)``, or a
  ///   damaged section count.
  public static func headerLength(
    prefix: UnsafeBufferPointer<UInt8>
  ) throws(IndexFileError) -> Int {
    guard prefix.count >= magic.count, Array(prefix[0..<magic.count]) == magic else {
      throw .notAnIndex
    }
    guard prefix.count >= fixedHeaderBytes else { throw .truncated }
    var reader = BinaryReader(prefix, position: magic.count)
    let found = try reader.readUInt32()
    guard found == version else { throw .unsupportedVersion(found: found, supported: version) }
    let sectionCount = Int(try reader.readUInt32())
    guard sectionCount <= maximumSections else { throw .corrupt("\(sectionCount) sections") }
    return fixedHeaderBytes + 12 * sectionCount
  }

  /// The size of the whole file that `header` (the fixed part and the section table, as long as
  /// ``headerLength(prefix:)`` says) declares: the header, the sections and the checksum.
  ///
  /// - Throws: what ``headerLength(prefix:)`` throws, or ``IndexFileError/truncated`` when
  ///   `header` is shorter than the header.
  public static func declaredFileSize(
    header: UnsafeBufferPointer<UInt8>
  ) throws(IndexFileError) -> Int {
    let length = try headerLength(prefix: header)
    guard header.count >= length else { throw .truncated }
    var reader = BinaryReader(header, position: fixedHeaderBytes)
    var total = length + 8
    for _ in 0..<((length - fixedHeaderBytes) / 12) {
      _ = try reader.readUInt32()
      // Each length is at most 2^56, so 64 of them cannot overflow.
      total += try reader.readCount(limit: 1 << 56)
    }
    return total
  }

  /// Reads and decodes the index file `input`, looking at its header before anything else.
  ///
  /// The fixed header and the section table come first; the file's declared size must be at most
  /// `limit` and, for a regular file, equal to its size, before the rest is read. So a device
  /// such as `/dev/zero`, a huge sparse file or a header declaring huge sections is refused after
  /// a few bytes, with little memory. Standard input is read up to the declared size and must end
  /// there.
  ///
  /// - Parameters:
  ///   - limit: the largest file read.
  ///   - fingerprint: as for ``decode(_:expecting:)``.
  /// - Throws: ``IndexFileError``; a failed read is ``IndexFileError/unreadable(path:reason:)``.
  /// - Complexity: O(*n*) in the declared size.
  public static func load(
    from input: InputFile, limit: Int = maximumFileBytes, expecting fingerprint: UInt64? = nil
  ) throws(IndexFileError) -> Recommender {
    func read(_ count: Int) throws(IndexFileError) -> [UInt8] {
      do {
        return try input.read(upTo: count)
      } catch {
        guard case .system(_, let reason) = error else { throw .truncated }
        throw .unreadable(path: input.name, reason: reason.description)
      }
    }
    var bytes = try read(fixedHeaderBytes)
    let length = try bytes.withUnsafeBufferPointer { prefix throws(IndexFileError) in
      try headerLength(prefix: prefix)
    }
    bytes += try read(length - bytes.count)
    let declared = try bytes.withUnsafeBufferPointer { header throws(IndexFileError) in
      try declaredFileSize(header: header)
    }
    guard declared <= limit else { throw .tooLarge(declared: declared, limit: limit) }
    if let size = input.regularFileSize {
      guard size >= declared else { throw .truncated }
      guard size == declared else { throw .longerThanDeclared(size: size, declared: declared) }
    }
    bytes += try read(declared - bytes.count)
    guard bytes.count == declared else { throw .truncated }
    guard try read(1).isEmpty else { throw .longerThanDeclared(size: nil, declared: declared) }
    return try bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
      try decode(buffer, expecting: fingerprint)
    }
  }
}
