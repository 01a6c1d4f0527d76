import Foundation
import Testing

@testable import AskBack

struct Porter2StemmerTests {
  /// Every word of the Snowball English test vocabulary stems as Snowball
  /// 3.1 does (Fixtures/porter2, BSD-3; see its SOURCE.md and LICENSE).
  @Test func matchesTheSnowballVocabulary() throws {
    let folder = Paths.fixtures.appending(path: "porter2")
    let words = try readText(folder.appending(path: "voc.txt")).split(
      separator: "\n", omittingEmptySubsequences: false)
    let stems = try readText(folder.appending(path: "output.txt")).split(
      separator: "\n", omittingEmptySubsequences: false)
    try #require(words.count == stems.count)
    #expect(words.count == 42_650)  // 42,649 lines and the empty string after the last newline
    let stemmer = Porter2Stemmer()
    var mismatches: [String] = []
    for (word, expected) in zip(words, stems) where !word.isEmpty {
      let stem = stemmer.stem(String(word))
      if stem != expected { mismatches.append("\(word): got \(stem), expected \(expected)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
  }

  @Test(
    arguments: zip(
      [
        "caresses", "ponies", "ties", "cries", "gas", "gaps", "kiwis", "hopping", "hoped",
        "luxuriating",
        "added", "eggs", "dying", "inning", "proceeding", "evening", "generously", "universal",
        "international", "geologist", "skies", "news", "ugly", "a", "by", "say", "cry",
      ],
      [
        "caress", "poni", "tie", "cri", "gas", "gap", "kiwi", "hop", "hope", "luxuri",
        "add", "egg", "die", "inning", "proceed", "evening", "generous", "universal",
        "internat", "geolog", "sky", "news", "ugli", "a", "by", "say", "cri",
      ]))
  func stemsWordsAsSnowballDoes(word: String, stem: String) {
    #expect(Porter2Stemmer().stem(word) == stem)
  }

  @Test func neverLengthensAWord() {
    let stemmer = Porter2Stemmer()
    for word in ["'", "''", "y", "yy", "ying", "eed", "sses", "ied", "'s'", "abcdefghij"] {
      #expect(stemmer.stem(word).utf8.count <= word.utf8.count)
    }
  }
}
