/// Technical tokens that the standard analyzer keeps whole.
///
/// Splitting text into runs of letters and digits would turn *C++* into *c*,
/// *401(k)* into *401* and *k*, and *CI/CD* into *ci* and *cd*. A token on
/// this list is kept as one term instead, lower-cased and not stemmed. A
/// match must start at a boundary (the byte before it is not an ASCII letter
/// or digit), and a token that ends in a letter or digit must end at one too,
/// so *node.jsx* is not *node.js*; *c++11* still yields *c++*.
public enum TechnicalTokens {
  /// The kept tokens, lower-case ASCII.
  public static let all: [String] = [
    ".net", "24/7", "401(k)", "403(b)", "457(b)", "a/b", "asp.net", "c#", "c++", "c/c++",
    "ci/cd", "d3.js", "e-commerce", "express.js", "f#", "i/o", "k-12", "m&a", "next.js",
    "node.js", "objective-c", "p&c", "p&l", "pl/sql", "q&a", "r&d", "react.js", "s&p",
    "t-sql", "tcp/ip", "three.js", "ui/ux", "ux/ui", "vue.js", "w-2",
  ]

  /// The kept tokens that name technologies, as job postings write them.
  static let technologies = [
    ".NET", "ASP.NET", "C#", "C++", "D3.js", "Express.js", "F#", "Next.js", "Node.js",
    "Objective-C", "PL/SQL", "React.js", "T-SQL", "Three.js", "Vue.js",
  ]

  /// Candidates by their first byte, longest first, so the first full match
  /// at a position is the longest one.
  static let byFirstByte: [[[UInt8]]] = {
    var table = Array(repeating: [[UInt8]](), count: 256)
    for token in all.sorted(by: { $0.utf8.count > $1.utf8.count }) {
      let bytes = Array(token.utf8)
      table[Int(bytes[0])].append(bytes)
    }
    return table
  }()

  /// Bytes that can join a technical token's parts.
  @inline(__always)
  static func isJoiner(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "."), UInt8(ascii: "/"),
      UInt8(ascii: "("), UInt8(ascii: "&"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// The length of the longest kept token that starts at `start` in `text`, or 0.
  ///
  /// Compares ASCII case-insensitively; the caller checks the boundary before `start`.
  static func match(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
    let first = asciiLower(text[start])
    for candidate in byFirstByte[Int(first)] {
      let n = candidate.count
      guard start + n <= text.count else { continue }
      var k = 1
      while k < n && asciiLower(text[start + k]) == candidate[k] { k += 1 }
      guard k == n else { continue }
      if start + n < text.count && isASCIIAlphanumeric(candidate[n - 1])
        && isASCIIAlphanumeric(text[start + n])
      {
        continue
      }
      return n
    }
    return 0
  }
}
