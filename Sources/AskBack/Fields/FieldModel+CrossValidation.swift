extension FieldModel {
  /// Leave-one-out accuracy of the field model over the corpus job
  /// descriptions: each description is held out, the model is rebuilt
  /// without it, and the held-out description is classified.
  ///
  /// - Parameter only: which descriptions to hold out, by default all.
  /// - Returns: the number held out, and how many had their field first or
  ///   among the first three.
  /// - Complexity: one model build per description held out.
  public static func crossValidate(
    corpus: Corpus, analyzer: Analyzer = .standard, configuration: Configuration = .init(),
    only: (JobDescription) -> Bool = { _ in true }
  ) -> (count: Int, top1: Int, top3: Int) {
    var count = 0
    var top1 = 0
    var top3 = 0
    for (i, heldOut) in corpus.descriptions.enumerated() where only(heldOut) {
      var rest = corpus.descriptions
      rest.remove(at: i)
      let model = FieldModel(
        corpus: Corpus(questions: corpus.questions, descriptions: rest, fields: corpus.fields),
        analyzer: analyzer, configuration: configuration)
      let ranked = model.scores(
        posting: heldOut.document, title: RoleReader.titleLine(of: heldOut.document)
      )
      .map(\.name)
      count += 1
      if ranked.first == heldOut.category { top1 += 1 }
      if ranked.prefix(3).contains(heldOut.category) { top3 += 1 }
    }
    return (count, top1, top3)
  }
}
