import AskBack
import Foundation

extension ShippedCorpus {
  /// The corpus files built into askback.
  static let files = CorpusFiles(
    folder: "Corpus",
    contents: Dictionary(
      uniqueKeysWithValues: encodedFiles.map { ($0.name, decode($0.base64)) }))

  /// The binary index built with them; empty when the corpus had problems at build time.
  static let index: [UInt8] = decode(encodedIndex)

  private static func decode(_ base64: String) -> [UInt8] {
    [UInt8](Data(base64Encoded: base64) ?? Data())
  }
}
