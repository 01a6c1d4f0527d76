/// What the recommender needs to know about each question besides its text,
/// worked out once when it is built and stored in the index file.
struct QuestionFeatures: Sendable, Equatable {
  /// The topic each question asks about, if one of ``Topic``.
  var topics: [Topic?]
  /// Whether each question mentions pay or benefits.
  var mentionsPay: [Bool]
  /// Each question's distinct lower-case words as sorted 32-bit hashes, for
  /// the near-duplicate rule.
  var wordHashes: [[UInt32]]
  /// Each question's keywords, each as its terms in the weighting, ascending;
  /// a keyword with a word outside the vocabulary can never match and is
  /// left out.
  var keywordTerms: [[[TermID]]]

  /// Works out the features of `questions`.
  ///
  /// - Complexity: O(*n*) in the questions' length.
  init(questions: [Question], analyzer: Analyzer, weighting: TFIDFWeighting) {
    var topics: [Topic?] = []
    var mentionsPay: [Bool] = []
    var wordHashes: [[UInt32]] = []
    for question in questions {
      let words = Words.lowercased(question.template.fallbackText)
      topics.append(Topic.asked(words: words))
      mentionsPay.append(PayTerms.firstMatch(words: words) != nil)
      wordHashes.append(Self.hashes(of: words))
    }
    var tokens = TokenBuffer()
    let keywordTerms = questions.map { question in
      question.keywords.compactMap { keyword -> [TermID]? in
        tokens.removeAll()
        analyzer.analyze(keyword, into: &tokens)
        var terms: [TermID] = []
        for i in 0..<tokens.count {
          guard let id = tokens.withTerm(i, { weighting.vocabulary.id(of: $0) }) else { return nil }
          terms.append(TermID(id))
        }
        return terms.isEmpty ? nil : Array(Set(terms)).sorted()
      }
    }
    self.init(
      topics: topics, mentionsPay: mentionsPay, wordHashes: wordHashes, keywordTerms: keywordTerms)
  }

  init(topics: [Topic?], mentionsPay: [Bool], wordHashes: [[UInt32]], keywordTerms: [[[TermID]]]) {
    self.topics = topics
    self.mentionsPay = mentionsPay
    self.wordHashes = wordHashes
    self.keywordTerms = keywordTerms
  }

  /// The distinct words' hashes, ascending.
  static func hashes(of words: [String]) -> [UInt32] {
    var hashes = Set<UInt32>()
    for word in words {
      var word = word
      hashes.insert(word.withUTF8 { TermTable.hash($0) })
    }
    return hashes.sorted()
  }

  /// The Jaccard similarity of two sorted hash lists.
  static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let union = a.count + b.count - shared
    return union == 0 ? 0 : Double(shared) / Double(union)
  }

  /// Whether the ascending `query` terms hold every term of one of `keywords`.
  static func matchesKeyword(_ query: [TermID], _ keywords: [[TermID]]) -> Bool {
    keywords.contains { keyword in
      keyword.allSatisfy { term in
        var low = 0
        var high = query.count
        while low < high {
          let mid = (low + high) / 2
          if query[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low < query.count && query[low] == term
      }
    }
  }
}
