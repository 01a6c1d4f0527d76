extension Corpus {
  /// Writes the questions and the SOC groups' titles (not the job descriptions and occupations,
  /// which the built index and occupation model already summarise).
  func write(to writer: inout BinaryWriter) {
    writer.write(questions.count)
    for question in questions {
      writer.write(question.id)
      writer.write(question.text)
      writer.write(UInt8(question.category.order))
      writer.write(question.stages.rawValue)
      writer.write(question.occupations.map(\.code))
      writer.write(question.theme ?? "")
      writer.write(question.employers.map(\.rawValue))
      writer.write(question.keywords)
    }
    let groups = soc.titles.sorted { $0.key < $1.key }
    writer.write(groups.map(\.key))
    writer.write(groups.map(\.value))
  }

  /// Reads what ``write(to:)`` wrote, checking ids, categories, stages, tags and kinds.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let questionCount = try reader.readCount(limit: reader.remaining)
    var questions: [Question] = []
    questions.reserveCapacity(questionCount)
    var ids = Set<String>()
    for _ in 0..<questionCount {
      let id = try reader.readString()
      let text = try reader.readString()
      let order = Int(try reader.readByte())
      let stages = StageSet(rawValue: try reader.readByte())
      let tags = try reader.readStrings()
      let theme = try reader.readString()
      let kinds = try reader.readStrings()
      let keywords = try reader.readStrings()
      let occupations = tags.compactMap(SOCGroup.init)
      let employers = kinds.compactMap(EmployerKind.init)
      guard order < Category.allCases.count, stages.rawValue != 0,
        stages.rawValue < 1 << Stage.allCases.count, ids.insert(id).inserted,
        occupations.count == tags.count, employers.count == kinds.count
      else { throw .corrupt("a question") }
      do {
        questions.append(
          try Question(
            id: id, text: text, category: Category.allCases[order], stages: stages,
            keywords: keywords, occupations: occupations, theme: theme.isEmpty ? nil : theme,
            employers: employers))
      } catch {
        throw .corrupt("question \(id): \(error)")
      }
    }
    let codes = try reader.readStrings()
    let titles = try reader.readStrings()
    guard codes.count == titles.count, codes.allSatisfy({ SOCGroup($0) != nil }),
      Set(codes).count == codes.count
    else {
      throw .corrupt("the SOC groups")
    }
    self.init(
      questions: questions,
      soc: SOCStructure(titles: Dictionary(uniqueKeysWithValues: zip(codes, titles))))
  }
}
