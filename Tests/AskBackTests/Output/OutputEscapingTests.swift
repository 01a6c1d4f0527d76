import Testing

@testable import AskBack

/// What text and Markdown output do with a posting's control characters and metacharacters.
struct OutputEscapingTests {
  static func recommendation(role: String?, company: String?) throws -> Recommendation {
    let question = try Question(
      id: "q", text: "How does the {role|new hire} work with {company|the team}?", category: .team,
      stages: [.firstRound])
    let text = question.template.render(SlotFills(company: company, role: role))
    return Recommendation(
      stage: .firstRound, role: role, company: company,
      questions: [
        RecommendedQuestion(
          question: question, text: text ?? question.template.fallbackText, score: 0.5)
      ])
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let result = try Self.recommendation(
      role: "Nurse\u{1B}]0;owned\u{07}", company: "Acme\u{1B}[2J\u{9B}31m\u{7F} Health\tInc")
    let text = RecommendationFormatter.text(result)
    let markdown = RecommendationFormatter.markdown(result)
    for output in [text, markdown] {
      #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
      #expect(!output.unicodeScalars.contains { (0x7F..<0xA0).contains($0.value) })
    }
    #expect(text.hasPrefix("Questions to ask for Nurse]0;owned at Acme[2J31m Health\tInc"))
    #expect(markdown.hasPrefix(#"# Questions to ask for Nurse\]0;owned at Acme\[2J31m Health"#))
    let json = JSONWriter.string(RecommendationFormatter.json(result))
    #expect(json.contains(#"Nurse\u001b]0;owned\u0007"#))
  }

  @Test func markdownEscapesTheFilledSlots() throws {
    let result = try Self.recommendation(
      role: "C# *Lead* <Dev>", company: "R&D_Labs [AT&T] | `x` &copy;")
    let markdown = RecommendationFormatter.markdown(result)
    let role = ##"C\# \*Lead\* \<Dev\>"##
    let company = #"R\&D\_Labs \[AT\&T\] \| \`x\` \&copy;"#
    #expect(markdown.hasPrefix("# Questions to ask for \(role) at \(company) (first-round)\n"))
    #expect(markdown.contains("1. How does the \(role) work with \(company)?\n"))
    // Plain text keeps the words as they are.
    #expect(RecommendationFormatter.text(result).hasPrefix("Questions to ask for C# *Lead* <Dev>"))
  }

  @Test func plainNamesAreLeftAlone() {
    #expect(
      OutputEscaping.escapingMarkdown("Harbor & Pine Outfitters") == "Harbor & Pine Outfitters")
    #expect(OutputEscaping.removingControlCharacters("Café\tnaïve\n") == "Café\tnaïve\n")
  }
}
