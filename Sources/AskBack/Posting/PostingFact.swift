/// A fact read from a posting, with the line of the posting it was read from.
public struct PostingFact: Sendable, Hashable {
  /// The fact as a question can hold it: "SAP", "reconciling vendor statements".
  public var value: String
  /// The posting's line (or sentence) the fact was read from.
  public var evidence: String
}

extension PostingFacts {
  /// The facts that may fill `slot`, best first.
  ///
  /// `tools` and `duties` join two or three facts ("SAP and OneDrive"); a duty that already
  /// holds "and" or a comma is not joined with another, so that the fill stays readable. `company` and
  /// `role` are not facts (see ``SlotFills``).
  public func options(for slot: QuestionTemplate.Slot) -> [PostingFact] {
    switch slot {
    case .company, .role: return []
    case .tool: return tools
    case .tools: return tools.count >= 2 ? [Self.join(Array(tools.prefix(3)))] : []
    case .equipment: return equipment
    case .duty: return Self.specificFirst(duties)
    case .duties:
      return Self.pairs(
        of: duties.filter {
          !LowercasedText.containsExactly($0.value, " and ")
            && !$0.value.utf8.contains(UInt8(ascii: ","))
        })
    case .team: return teams
    case .partner: return partnerTeams
    case .credential: return credentials
    case .business: return business.map { [$0] } ?? []
    case .shift: return shifts
    }
  }

  /// `duties` with those whose object holds at least two words of content first, each part in
  /// the posting's order: "reconciling vendor statements" gives a question more to ask about
  /// than "resolving discrepancies".
  static func specificFirst(_ duties: [PostingFact]) -> [PostingFact] {
    func isSpecific(_ duty: PostingFact) -> Bool {
      var content = 0
      for word in duty.value.split(separator: " ").dropFirst() {
        let lower = word.lowercased()
        if lower.count >= 3, !DutyReader.stopWords.contains(lower) { content += 1 }
      }
      return content >= 2
    }
    var specific: [PostingFact] = []
    var rest: [PostingFact] = []
    for duty in duties {
      if isSpecific(duty) { specific.append(duty) } else { rest.append(duty) }
    }
    return specific + rest
  }

  /// Duties joined two by two, in order, each used once: a duty is paired with the next one
  /// read from another line that does other work (not "defining the requirements" with
  /// "managing the requirements"), so the pair reads as two tasks to weigh.
  static func pairs(of duties: [PostingFact]) -> [PostingFact] {
    func object(_ duty: PostingFact) -> ArraySlice<Substring> {
      duty.value.lowercased().split(separator: " ").dropFirst()
    }
    // Two duties do the same work when their objects start alike: "assisting the pharmacist"
    // and "assisting the pharmacist in obtaining verbal orders".
    func same(_ a: PostingFact, _ b: PostingFact) -> Bool {
      let x = object(a)
      let y = object(b)
      return x.prefix(2).elementsEqual(y.prefix(2)) || x.starts(with: y) || y.starts(with: x)
    }
    var used = Set<Int>()
    var pairs: [PostingFact] = []
    for i in duties.indices where !used.contains(i) {
      guard
        let j = duties.indices.first(where: {
          $0 > i && !used.contains($0) && duties[$0].evidence != duties[i].evidence
            && !same(duties[$0], duties[i])
        })
      else { continue }
      used.formUnion([i, j])
      pairs.append(join([duties[i], duties[j]]))
    }
    return pairs
  }

  /// "A and B", "A, B and C", with the evidence lines joined.
  static func join(_ facts: [PostingFact]) -> PostingFact {
    let values = facts.map(\.value)
    let value =
      values.count <= 2
      ? values.joined(separator: " and ")
      : values.dropLast().joined(separator: ", ") + " and " + (values.last ?? "")
    var lines: [String] = []
    for fact in facts where !lines.contains(fact.evidence) { lines.append(fact.evidence) }
    return PostingFact(value: value, evidence: lines.joined(separator: " / "))
  }
}
