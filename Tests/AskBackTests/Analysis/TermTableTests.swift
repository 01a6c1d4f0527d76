import Testing

@testable import AskBack

struct TermTableTests {
  @Test func assignsIDsInInsertionOrder() {
    var table = TermTable()
    #expect(table.insert("team").id == 0)
    #expect(table.insert("role").id == 1)
    #expect(table.insert("team") == (id: 0, inserted: false))
    #expect(table.id(of: "role") == 1)
    #expect(table.id(of: "missing") == nil)
    #expect(table.keys == ["team", "role"])
  }

  @Test func growsPastItsInitialCapacity() {
    var table = TermTable(capacity: 2)
    for i in 0..<5000 { table.insert("term\(i)") }
    #expect(table.count == 5000)
    for i in stride(from: 0, to: 5000, by: 97) { #expect(table.id(of: "term\(i)") == i) }
  }

  @Test func rebuildsFromStoredKeys() throws {
    var table = TermTable()
    for word in ["a", "bb", "", "ccc"] { table.insert(word) }
    let copy = try #require(TermTable(keyBytes: table.keyBytes, keyOffsets: table.keyOffsets))
    #expect(copy.keys == table.keys)
    #expect(TermTable(keyBytes: [0x61, 0x61], keyOffsets: [0, 1, 2]) == nil)  // "a" twice
    #expect(TermTable(keyBytes: [0x61], keyOffsets: [0, 2]) == nil)  // past the end
    // Found by fuzzing the index loader: an offset past the end in the middle.
    #expect(TermTable(keyBytes: [0x61, 0x62, 0x63], keyOffsets: [0, 5, 3]) == nil)
  }
}
