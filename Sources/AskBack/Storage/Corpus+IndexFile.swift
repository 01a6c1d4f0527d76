extension Corpus {
  /// Writes the questions and field profiles (not the job descriptions, which the built index
  /// and field model already summarise).
  func write(to writer: inout BinaryWriter) {
    writer.write(questions.count)
    for question in questions {
      writer.write(question.id)
      writer.write(question.text)
      writer.write(UInt8(question.category.order))
      writer.write(question.stages.rawValue)
      writer.write(question.fields)
      writer.write(question.keywords)
    }
    writer.write(fields.count)
    for field in fields {
      writer.write(field.name)
      writer.write(field.description)
      writer.write(field.terms)
      writer.write(field.titles)
    }
  }

  /// Reads what ``write(to:)`` wrote, checking ids, categories, stages and fields.
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
      let fields = try reader.readStrings()
      let keywords = try reader.readStrings()
      guard order < Category.allCases.count, stages.rawValue != 0,
        stages.rawValue < 1 << Stage.allCases.count, ids.insert(id).inserted
      else { throw .corrupt("a question") }
      do {
        questions.append(
          try Question(
            id: id, text: text, category: Category.allCases[order], stages: stages,
            fields: fields,
            keywords: keywords))
      } catch {
        throw .corrupt("question \(id): \(error)")
      }
    }
    let fieldCount = try reader.readCount(limit: reader.remaining)
    var fields: [FieldProfile] = []
    for _ in 0..<fieldCount {
      let name = try reader.readString()
      let description = try reader.readString()
      let terms = try reader.readStrings()
      let titles = try reader.readStrings()
      fields.append(
        FieldProfile(name: name, description: description, terms: terms, titles: titles))
    }
    let names = Set(fields.map(\.name))
    guard names.count == fields.count,
      questions.allSatisfy({ $0.fields.allSatisfy(names.contains) })
    else {
      throw .corrupt("the fields")
    }
    self.init(questions: questions, fields: fields)
  }
}
