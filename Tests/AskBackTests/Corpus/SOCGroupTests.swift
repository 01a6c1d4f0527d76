import Testing

@testable import AskBack

@Suite struct SOCGroupTests {
  static func code(_ text: String) throws -> OccupationCode { try #require(OccupationCode(text)) }
  static func group(_ text: String) throws -> SOCGroup { try #require(SOCGroup(text)) }

  @Test func aGroupHoldsTheOccupationsWhoseCodesStartWithItsSignificantDigits() throws {
    let cases: [(group: String, inside: [String], outside: [String])] = [
      ("29-0000", ["29-1141.00", "29-2061.00", "29-9099.01"], ["28-9999.99", "30-0000.00"]),
      ("43-3000", ["43-3031.00", "43-3099.00"], ["43-2011.00", "43-4051.00"]),
      ("15-1250", ["15-1252.00", "15-1254.00", "15-1259.99"], ["15-1241.00", "15-1260.00"]),
      ("43-3031", ["43-3031.00", "43-3031.99"], ["43-3030.99", "43-3032.00"]),
    ]
    for (text, inside, outside) in cases {
      let group = try Self.group(text)
      for code in inside { #expect(group.contains(try Self.code(code)), "\(text) holds \(code)") }
      for code in outside {
        #expect(!group.contains(try Self.code(code)), "\(text) does not hold \(code)")
      }
    }
  }

  @Test func containmentAgreesWithThePrefixOfTheCode() throws {
    let groups = try ["11-0000", "11-2000", "11-2020", "11-2022", "41-3091", "47-2000", "51-5100"]
      .map(Self.group)
    let codes = try [
      "11-1011.00", "11-2021.00", "11-2022.00", "41-3091.00", "41-3011.00", "47-2111.00",
      "51-5111.00", "51-5112.00", "51-4121.00",
    ].map(Self.code)
    for group in groups {
      for code in codes {
        #expect(group.contains(code) == code.rawValue.hasPrefix(group.prefix))
      }
    }
  }

  @Test func anONETSOCCodeHoldsOnlyItselfAndOverlapsTheGroupsAboveIt() throws {
    let projects = try Self.group("15-1299.09")
    #expect(projects.occupation == (try Self.code("15-1299.09")))
    #expect(projects.contains(try Self.code("15-1299.09")))
    for other in ["15-1299.08", "15-1299.00", "15-1299.10", "13-1082.00"] {
      #expect(!projects.contains(try Self.code(other)), "15-1299.09 does not hold \(other)")
    }
    for above in ["15-0000", "15-1200", "15-1299"] {
      #expect(projects.overlaps(try Self.group(above)))
      #expect(try Self.group(above).overlaps(projects))
    }
    #expect(!projects.overlaps(try Self.group("13-1082")))
    #expect(try Self.group("15-1299").occupation == nil)
    let structure = SOCStructure(titles: ["15-1299": "Computer Occupations, All Other"])
    #expect(structure.contains(projects))
    #expect(!structure.contains(try Self.group("15-1241.00")))
    for bad in ["15-1299.9", "15-1299-09", "15-1299.0a", "15-12990"] {
      #expect(SOCGroup(bad) == nil, "\(bad) is no group")
    }
  }
}
