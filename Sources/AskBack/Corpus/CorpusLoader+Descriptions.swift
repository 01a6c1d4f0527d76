extension CorpusLoader {
  // MARK: Job descriptions

  static func parseDescriptions(
    _ bytes: [UInt8], path: String, knownOccupations: Set<OccupationCode>?,
    problems: inout [CorpusProblem]
  ) -> ([JobDescription], [Int]) {
    var descriptions: [JobDescription] = []
    var lines: [Int] = []
    var firstLine: [String: Int] = [:]
    forEachObject(in: bytes, path: path, problems: &problems) { line, object, problems in
      let before = problems.count
      let id = string(object, "id", path: path, line: line, problems: &problems)
      let title = string(
        object, "title", path: path, line: line, problems: &problems, required: false)
      let category = string(object, "category", path: path, line: line, problems: &problems)
      let text = string(object, "text", path: path, line: line, problems: &problems)
      var occupation: OccupationCode?
      if let code = string(
        object, "occupation", path: path, line: line, problems: &problems, required: false)
      {
        occupation = OccupationCode(code)
        if occupation == nil {
          problems.append(CorpusProblem(path, line, "occupation \"\(code)\" is not NN-NNNN.NN"))
        } else if let knownOccupations, let occupation, !knownOccupations.contains(occupation) {
          problems.append(CorpusProblem(path, line, "unknown occupation \"\(code)\""))
        }
      }
      noteFirst(id, kind: "id", path: path, line: line, in: &firstLine, problems: &problems)
      guard problems.count == before, let id, let category, let text else { return }
      descriptions.append(
        JobDescription(
          id: id, title: title ?? "", category: category, text: text, occupation: occupation))
      lines.append(line)
    }
    return (descriptions, lines)
  }
}
