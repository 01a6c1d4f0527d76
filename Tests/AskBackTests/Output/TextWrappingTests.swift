import Testing

@testable import AskBack

struct TextWrappingTests {
  @Test func wrapsAtTheWidthWithTheGivenIndents() {
    let text = "one two three four five six seven eight nine ten"
    let wrapped = TextWrapping.wrap(text, width: 20, first: "  1. ", rest: "     ")
    #expect(wrapped == "  1. one two three\n     four five six\n     seven eight\n     nine ten\n")
    for line in wrapped.split(separator: "\n") { #expect(line.count <= 20) }
  }

  @Test func aWordLongerThanTheLineIsNotBroken() {
    let long = String(repeating: "x", count: 30)
    let wrapped = TextWrapping.wrap("a \(long) b", width: 10, first: "", rest: "")
    #expect(wrapped == "a\n\(long)\nb\n")
  }

  @Test func onlyTheLastLineOfTheFirstPrefixCounts() {
    let wrapped = TextWrapping.wrap(
      "alpha beta gamma", width: 12, first: "a long label\n  ", rest: "  ")
    #expect(wrapped == "a long label\n  alpha beta\n  gamma\n")
  }

  @Test func repeatedSpacesCollapseAndEmptyTextKeepsThePrefix() {
    #expect(TextWrapping.wrap("a   b", width: 80, first: "- ", rest: "  ") == "- a b\n")
    #expect(TextWrapping.wrap("", width: 80, first: "- ", rest: "  ") == "- \n")
  }
}
