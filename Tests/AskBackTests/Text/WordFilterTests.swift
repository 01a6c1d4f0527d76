import Testing

@testable import AskBack

/// The filter may let a word through that is no key, but never stops a key.
struct WordFilterTests {
  /// Words of letters, digits, marks and non-ASCII characters, as postings write them.
  static let words: [String] = {
    let pieces = ["a", "B", "sap", "Excel", "c++", ".NET", "é", "’", "-", "1", "HT", "(ASCP)"]
    var generator = SplitMix64(seed: 20_261_203)
    return (0..<3000).map { _ in
      (0..<(1 + Int(generator.next() % 4)))
        .map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }
  }()

  @Test(arguments: [64, 4096, 1 << 16])
  func everyKeyMayBeContained(bitCount: Int) {
    let keys = Array(Self.words.prefix(1500))
    let filter = WordFilter(keys, bitCount: bitCount)
    for key in keys { #expect(filter.mayContain(key), "\(key)") }
  }

  @Test func theBitsDependOnTheKeysNotTheirOrder() {
    let keys = Array(Self.words.prefix(500))
    #expect(
      WordFilter(keys, bitCount: 4096) == WordFilter(keys.reversed(), bitCount: 4096))
  }

  @Test func mostOtherWordsAreStoppedWhenTheFilterIsLargeEnough() {
    let keys = Set(Self.words.prefix(200))
    let filter = WordFilter(keys, bitCount: 1 << 16)
    let others = Set(Self.words.dropFirst(200)).subtracting(keys)
    let passed = others.filter(filter.mayContain).count
    // 200 keys set at most 200 of 65,536 bits: far fewer than a tenth of the others pass.
    #expect(passed * 10 < others.count)
  }
}
