/// The English stop words the standard analyzer drops before stemming.
///
/// The list is AskBack's own: articles, pronouns, auxiliary and modal verbs,
/// prepositions, conjunctions, question words, a few very common adverbs, and
/// the fragments that splitting contractions leaves (`don` from *don't*, `ll`
/// from *we'll*). It keeps words that carry meaning in a job posting or an
/// interview question even when they are frequent (*team*, *role*, *work*,
/// *new*, *first*), and negations that matter in a question (*not*).
public enum StopWords {
  /// The stop words, lower-case ASCII, sorted.
  public static let english: [String] = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "cannot", "could", "couldn", "did", "didn", "do",
    "does", "doesn", "doing", "don", "down", "during", "each", "either", "else", "etc",
    "ever", "few", "for", "from", "further", "had", "hadn", "has", "hasn", "have", "haven",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
    "i", "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "ll", "may", "me",
    "might", "mine", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor",
    "of", "off", "often", "on", "once", "only", "onto", "or", "other", "others", "ought",
    "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "re", "s",
    "same", "shall", "she", "should", "shouldn", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "ve",
    "very", "via", "was", "wasn", "we", "were", "weren", "what", "whatever", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "won", "would", "wouldn", "yet", "you", "your", "yours", "yourself",
    "yourselves",
  ]

  /// The stop words as a lookup table.
  static let table: TermTable = {
    var table = TermTable(capacity: english.count)
    for word in english { table.insert(word) }
    return table
  }()
}
