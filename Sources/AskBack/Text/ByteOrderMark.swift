/// The UTF-8 byte order mark (U+FEFF at the start of a text), which some editors and exports put
/// at the start of a file.
///
/// It says nothing about the text, so every text that comes in loses one leading mark here, before
/// anything reads it: postings, batch lines, corpus and evaluation files, request bodies.
public enum ByteOrderMark {
  /// The mark's UTF-8 bytes.
  public static let bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The length of the mark at the start of `text`: 3, or 0 when there is none.
  public static func length(atStartOf text: UnsafeBufferPointer<UInt8>) -> Int {
    text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0
  }

  /// `text` without one leading mark.
  ///
  /// - Complexity: O(1) when there is no mark, else O(*n*) to copy the rest.
  public static func stripped(_ text: [UInt8]) -> [UInt8] {
    let count = text.withUnsafeBufferPointer(length(atStartOf:))
    return count == 0 ? text : Array(text[count...])
  }

  /// `text` without one leading U+FEFF.
  public static func stripped(_ text: String) -> String {
    text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
  }
}
