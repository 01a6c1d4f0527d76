extension CorpusLoader {
  // MARK: Questions

  static func parseQuestions(
    _ bytes: [UInt8], path: String, soc: SOCStructure?, problems: inout [CorpusProblem]
  ) -> ([Question], [Int]) {
    var questions: [Question] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let id = string(object, "id", path: path, line: line, problems: &problems)
      let text = string(object, "text", path: path, line: line, problems: &problems)
      let categoryName = string(object, "category", path: path, line: line, problems: &problems)
      let stageNames = strings(
        object, "stages", path: path, line: line, problems: &problems, required: true)
      let keywords = strings(object, "keywords", path: path, line: line, problems: &problems)
      let tags = strings(object, "occupations", path: path, line: line, problems: &problems)
      let theme = string(
        object, "theme", path: path, line: line, problems: &problems, required: false)
      let employerNames = strings(object, "employers", path: path, line: line, problems: &problems)
      var occupations: [SOCGroup] = []
      for tag in tags ?? [] {
        guard let group = SOCGroup(tag) else {
          problems.append(
            CorpusProblem(path, line, "occupation tag \"\(tag)\" is not NN-NNNN or NN-NNNN.NN"))
          continue
        }
        if let soc, !soc.titles.isEmpty, !soc.contains(group) {
          problems.append(CorpusProblem(path, line, "unknown SOC group \"\(tag)\""))
        }
        occupations.append(group)
      }
      var employers: [EmployerKind] = []
      for name in employerNames ?? [] {
        guard let kind = EmployerKind(rawValue: name) else {
          problems.append(CorpusProblem(path, line, "unknown employer kind \"\(name)\""))
          continue
        }
        employers.append(kind)
      }
      var category: Category?
      if let categoryName {
        category = Category(rawValue: categoryName)
        if category == nil {
          problems.append(CorpusProblem(path, line, "unknown category \"\(categoryName)\""))
        }
      }
      var stages = StageSet()
      if let stageNames {
        if stageNames.isEmpty { problems.append(CorpusProblem(path, line, "\"stages\" is empty")) }
        for name in stageNames {
          if let stage = Stage(rawValue: name) {
            stages.insert(stage)
          } else {
            problems.append(CorpusProblem(path, line, "unknown stage \"\(name)\""))
          }
        }
      }
      noteFirst(id, kind: "id", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let id, let text, let category, let keywords
      else { return }
      do {
        questions.append(
          try Question(
            id: id, text: text, category: category, stages: stages, keywords: keywords,
            occupations: occupations, theme: theme, employers: employers))
        lines.append(line)
      } catch {
        problems.append(CorpusProblem(path, line, "bad slot: \(error)"))
      }
    }
    return (questions, lines)
  }
}
