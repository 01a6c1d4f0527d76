import Testing

@testable import AskBack

struct AnalyzerTests {
  @Test(
    arguments: zip(
      [
        "Managing the team",
        "We use C++ and C#, plus .NET and Node.js.",
        "401(k) match, R&D budget, CI/CD pipelines",
        "Café Nova, naïve résumé",
        "ＦＵＬＬ time",
        "a b c x1 it is what we do",
        "organization's interviewing",
        "ASP.NET and example.net",
        "c/c++ and c++11",
      ],
      [
        ["manag", "team"],
        ["use", "c++", "c#", "plus", ".net", "node.js"],
        ["401(k)", "match", "r&d", "budget", "ci/cd", "pipelin"],
        ["cafe", "nova", "naiv", "resum"],
        ["full", "time"],
        ["x1"],
        ["organiz", "interview"],
        ["asp.net", "exampl", "net"],
        ["c/c++", "c++", "11"],
      ]))
  func standardTerms(text: String, expected: [String]) {
    #expect(Analyzer.standard.terms(in: text) == expected)
  }

  @Test(
    arguments: zip(
      [
        "Managing the TEAM",
        "C++ and 401(k): CI/CD",
        "Café naïve",
        "a bb ccc",
      ],
      [
        ["managing", "the", "team"],
        ["and", "401", "ci", "cd"],
        ["caf", "na", "ve"],
        ["bb", "ccc"],
      ]))
  func simpleTermsFollowTheReference(text: String, expected: [String]) {
    #expect(Analyzer.simple.terms(in: text) == expected)
  }

  @Test func invalidUTF8SeparatesTerms() {
    let bytes: [UInt8] =
      Array("hiring".utf8) + [0xFF, 0xC3] + Array(" nurses".utf8) + [0xE2, 0x82] + Array("now".utf8)
    var tokens = TokenBuffer()
    bytes.withUnsafeBufferPointer { Analyzer.standard.analyze(utf8: $0, into: &tokens) }
    #expect(tokens.strings == ["hire", "nurs", "now"])
  }

  @Test func nonLatinWordsAreKeptUnstemmed() {
    #expect(Analyzer.standard.terms(in: "Ελληνικά και 日本語") == ["ελληνικα", "και", "日本語"])
  }

  @Test func tokenBufferIsReusable() {
    var tokens = TokenBuffer()
    Analyzer.standard.analyze("first posting", into: &tokens)
    tokens.removeAll()
    Analyzer.standard.analyze("second text", into: &tokens)
    #expect(tokens.strings == ["second", "text"])
  }
}

extension AnalyzerTests {
  @Test func formatCharactersNeverSplitATerm() {
    #expect(
      Analyzer.standard.terms(
        in: "manage\u{AD}ment of pa\u{200B}tients, C\u{200D}++ and Caf\u{2060}é")
        == ["manag", "patient", "c++", "cafe"])
    // The simple analyzer is scikit-learn's: every non-ASCII byte separates terms.
    #expect(Analyzer.simple.terms(in: "manage\u{AD}ment") == ["manage", "ment"])
  }
}

extension AnalyzerTests {
  @Test func aBufferCanKeepEachTermsSurface() {
    var tokens = TokenBuffer(keepingSurfaces: true)
    Analyzer.standard.analyze("Managing C++ entries at Café Nova", into: &tokens)
    #expect(tokens.strings == ["manag", "c++", "entri", "cafe", "nova"])
    #expect(
      (0..<tokens.count).map { tokens.surface(of: $0) } == [
        "managing", "c++", "entries", "café", "nova",
      ])
    var plain = TokenBuffer()
    Analyzer.standard.analyze("entries", into: &plain)
    #expect(plain.surface(of: 0) == nil)
  }
}
