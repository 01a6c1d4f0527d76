extension CorpusLoader {
  // MARK: Occupations

  /// Reads `occupations/occupations.jsonl`: one O*NET-SOC occupation a line.
  static func parseOccupations(
    _ bytes: [UInt8], path: String, problems: inout [CorpusProblem]
  ) -> [Occupation] {
    var occupations: [Occupation] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let codeText = string(object, "code", path: path, line: line, problems: &problems)
      let title = string(object, "title", path: path, line: line, problems: &problems)
      let description =
        string(object, "description", path: path, line: line, problems: &problems, required: false)
        ?? ""
      let titles = strings(object, "titles", path: path, line: line, problems: &problems)
      let tasks = strings(object, "tasks", path: path, line: line, problems: &problems)
      let technology = strings(object, "technology", path: path, line: line, problems: &problems)
      let tools = strings(object, "tools", path: path, line: line, problems: &problems)
      let code = codeText.flatMap(OccupationCode.init)
      if let codeText, code == nil {
        problems.append(
          CorpusProblem(path, line, "occupation code \"\(codeText)\" is not NN-NNNN.NN"))
      }
      noteFirst(
        codeText, kind: "occupation", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let code, let title, let titles, let tasks, let technology,
        let tools
      else { return }
      occupations.append(
        Occupation(
          code: code, title: title, description: description, titles: titles, tasks: tasks,
          technology: technology, tools: tools))
    }
    return occupations
  }

  /// Reads `occupations/soc.jsonl`: one SOC group a line, `{"code", "level", "title"}`.
  static func parseSOC(
    _ bytes: [UInt8], path: String, problems: inout [CorpusProblem]
  ) -> SOCStructure {
    var titles: [String: String] = [:]
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let code = string(object, "code", path: path, line: line, problems: &problems)
      let title = string(object, "title", path: path, line: line, problems: &problems)
      // A group of the structure is `NN-NNNN`; an O*NET-SOC code, which tags accept, is not one.
      if let code, SOCGroup(code) == nil || OccupationCode(code) != nil {
        problems.append(CorpusProblem(path, line, "SOC group \"\(code)\" is not NN-NNNN"))
      }
      noteFirst(
        code, kind: "SOC group", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let code, let title else { return }
      titles[code] = title
    }
    return SOCStructure(titles: titles)
  }

  /// Reads `occupations/technology.jsonl` or `equipment.jsonl`: one example a line,
  /// `{"name", "category", "hot", "occupations"}`.
  static func parseToolExamples(
    _ bytes: [UInt8], path: String, problems: inout [CorpusProblem]
  ) -> [ToolExample] {
    var examples: [ToolExample] = []
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let name = string(object, "name", path: path, line: line, problems: &problems)
      let category =
        string(object, "category", path: path, line: line, problems: &problems, required: false)
        ?? ""
      let count = object["occupations"]?.numberValue.flatMap {
        $0 >= 0 && $0.rounded() == $0 ? $0 : nil
      }
      if count == nil {
        problems.append(CorpusProblem(path, line, "\"occupations\" must be a whole number"))
      }
      guard problems.count == before, let name, let count else { return }
      examples.append(
        ToolExample(
          name: name, category: category, hot: object["hot"]?.boolValue ?? false,
          occupations: Int(count)))
    }
    return examples
  }
}
