import Foundation
import Testing

@testable import AskBack

#if canImport(Glibc)
  import Glibc
#endif

/// Every kind of bad input, run through the built `askback`: the exit code,
/// the one-line message on standard error, and what reaches standard output.
@Suite(.serialized)
struct RobustnessTests {
  /// One case: arguments, standard input, and what must come out.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String] = []
    var input: [UInt8] = []
    /// When set, a bash script run instead of `arguments`, from the package folder, with
    /// `$ASKBACK` the built executable and `$DIR` the case's own empty folder.
    var shell: String? = nil
    /// The case's folder, `$DIR` of `shell` and `after`, emptied before the run.
    var directory: String? = nil
    /// Whether standard output is a pipe whose reader is already gone.
    var closedOutput = false
    var status: Int32
    /// Standard error must start with this (empty: must be empty).
    var error: String
    /// Standard output must contain this (nil: must be empty).
    var output: String?
    /// Standard output must not contain this.
    var absent: String? = nil
    /// A bash script that must exit 0 after the run: what the run left behind.
    var after: String? = nil

    var testDescription: String { name }
  }

  static let folder = Paths.scratch("askback-robustness")
  static let posting = Array(
    "Staff Accountant\n\nWe need help with month-end close and reconciliations.".utf8)

  /// A corpus folder holding one questions file.
  static func corpus(_ name: String, _ lines: [String]) -> String {
    let directory = folder.appending(path: name)
    try? FileManager.default.removeItem(at: directory)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? lines.joined(separator: "\n").write(
      to: directory.appending(path: "questions.jsonl"), atomically: true, encoding: .utf8)
    return directory.path
  }

  static let good =
    #"{"id": "a", "text": "What is hard here?", "category": "challenges", "stages": ["first-round"]}"#

  static let usage: [Case] = [
    Case(
      name: "unknown subcommand", arguments: ["frobnicate"], status: 64,
      error: "error: unknown subcommand 'frobnicate'. See 'askback --help'.\n"),
    Case(
      name: "unknown option", arguments: ["recommend", "--bogus"], status: 64,
      error: "error: unknown option '--bogus'. See 'askback recommend --help'.\n"),
    Case(
      name: "missing value", arguments: ["recommend", "--top"], status: 64,
      error: "error: missing value for '--top <n>'. See 'askback recommend --help'.\n"),
    Case(
      name: "top zero", arguments: ["recommend", "--top", "0"], status: 64,
      error:
        "error: invalid value '0' for '--top'; expected 1 to 100. See 'askback recommend --help'.\n"
    ),
    Case(
      name: "top negative", arguments: ["recommend", "--top", "-4"], status: 64,
      error: "error: invalid value '-4' for '--top'; expected 1 to 100."),
    Case(
      name: "top not a number", arguments: ["batch", "--top", "ten"], status: 64,
      error: "error: invalid value 'ten' for '--top'; expected a whole number."),
    Case(
      name: "top absurd", arguments: ["recommend", "--top", "99999999999999999999"], status: 64,
      error: "error: invalid value '99999999999999999999' for '--top'"),
    Case(
      name: "unknown stage", arguments: ["recommend", "--stage", "lunch"], status: 64,
      error: "error: invalid value 'lunch' for '--stage'; expected one of: screen, first-round,"),
    Case(
      name: "unknown format", arguments: ["recommend", "--format", "pdf"], status: 64,
      error:
        "error: invalid value 'pdf' for '--format'; expected one of: text, json, markdown, html."),
    Case(
      name: "threads zero", arguments: ["batch", "--threads", "0"], status: 64,
      error: "error: invalid value '0' for '--threads'"),
    Case(
      name: "index without output", arguments: ["index"], status: 64,
      error: "error: missing '--output <file>'. See 'askback index --help'.\n"),
  ]

  static var postings: [Case] {
    [
      Case(
        name: "empty posting", arguments: ["recommend"], status: 1,
        error: "error: the posting is empty\n"),
      Case(
        name: "whitespace posting", arguments: ["recommend"], input: Array(" \n\t\r\n".utf8),
        status: 1,
        error: "error: the posting is empty\n"),
      Case(
        name: "NUL bytes only", arguments: ["recommend"], input: [0, 0, 0, 10], status: 1,
        error: "error: the posting is empty\n"),
      Case(
        name: "invalid UTF-8", arguments: ["recommend"], input: posting + [0xFF, 0xFE, 0xC3],
        status: 0,
        error: "warning: the posting is not valid UTF-8; invalid bytes were replaced\n",
        output: "Questions to ask"),
      Case(
        name: "binary junk", arguments: ["recommend", "--format", "json"],
        input: (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, status: 0,
        error: "warning: the posting is not valid UTF-8", output: "\"questions\":[{"),
      Case(
        name: "oversized posting", arguments: ["recommend"],
        input: [UInt8](repeating: UInt8(ascii: "a"), count: (4 << 20) + 10), status: 1,
        error: "error: the posting is larger than 4 MiB; AskBack reads at most that much\n"),
      Case(
        name: "no known terms", arguments: ["recommend"],
        input: Array("Ελληνικά κείμενα μόνο".utf8),
        status: 0, error: "", output: "Note: none of the posting's words is known to the corpus"),
      Case(
        name: "missing file", arguments: ["recommend", "/no/such/posting.txt"], status: 1,
        error: "error: /no/such/posting.txt: no such file\n"),
      Case(
        name: "folder as file", arguments: ["recommend", "/tmp"], status: 1,
        error: "error: /tmp: is a folder, not a file\n"),
    ]
  }

  static var corpora: [Case] {
    func bad(_ name: String, _ line: String, _ message: String) -> Case {
      let directory = corpus(name, [good, line])
      return Case(
        name: name, arguments: ["recommend", "--corpus", directory], input: posting, status: 1,
        error: "error: \(directory)/questions.jsonl:2: \(message)\n")
    }
    return [
      Case(
        name: "no corpus folder", arguments: ["recommend", "--corpus", "/no/such/corpus"],
        input: posting,
        status: 1, error: "error: /no/such/corpus: no such folder\n"),
      bad(
        "malformed JSON", #"{"id": "b", "text": "#,
        "malformed JSON: unexpected end of input at byte 21"),
      bad(
        "missing field", #"{"id": "b", "category": "role", "stages": ["screen"]}"#,
        "missing \"text\""),
      bad(
        "unknown category",
        #"{"id": "b", "text": "Why?", "category": "gossip", "stages": ["screen"]}"#,
        "unknown category \"gossip\""),
      bad(
        "unknown stage", #"{"id": "b", "text": "Why?", "category": "role", "stages": ["lunch"]}"#,
        "unknown stage \"lunch\""),
      bad(
        "bad occupation tag",
        #"{"id": "b", "text": "Why?", "category": "role", "stages": ["screen"], "occupations": ["nurses"]}"#,
        "occupation tag \"nurses\" is not NN-NNNN or NN-NNNN.NN"),
      bad(
        "duplicate id", #"{"id": "a", "text": "Why?", "category": "role", "stages": ["screen"]}"#,
        "duplicate id \"a\" (first on line 1)"),
      bad(
        "bad slot",
        #"{"id": "b", "text": "Why {crew|us}?", "category": "role", "stages": ["screen"]}"#,
        "bad slot: unknown slot 'crew'; slots are company, role, tool, tools, equipment, duty, duties, team, partner, credential, business, shift"
      ),
    ]
  }

  /// A good index of the built-in corpus, written once.
  static let goodIndex: String = {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let good = folder.appending(path: "good.askidx").path
    _ = try? runAskBack(["index", "--output", good])
    return good
  }()

  /// Index files damaged in each way, written beside a good one.
  static var indexes: [Case] {
    let good = goodIndex
    let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: good))) ?? Data())
    func damaged(_ name: String, _ change: (inout [UInt8]) -> Void) -> String {
      var copy = bytes
      if !copy.isEmpty { change(&copy) }
      let path = folder.appending(path: name + ".askidx").path
      try? Data(copy).write(to: URL(fileURLWithPath: path))
      return path
    }
    let magic = damaged("magic") { $0[0] = UInt8(ascii: "Z") }
    let version = damaged("version") { $0[8] = 1 }
    let truncated = damaged("truncated") { $0.removeLast($0.count / 3) }
    let flipped = damaged("flipped") { $0[$0.count / 2] ^= 0x10 }
    let otherCorpus = corpus("other", [Self.good])
    return [
      Case(
        name: "index wrong magic", arguments: ["recommend", "--index", magic], input: posting,
        status: 1,
        error: "error: \(magic): not an AskBack index file (wrong magic bytes)\n"),
      Case(
        name: "index other version", arguments: ["recommend", "--index", version], input: posting,
        status: 1,
        error:
          "error: \(version): index format version 1 is not supported (this version of AskBack reads version \(IndexFile.version)); rebuild it with 'askback index'"
      ),
      Case(
        name: "index truncated", arguments: ["recommend", "--index", truncated], input: posting,
        status: 1,
        error: "error: \(truncated): the index file is truncated\n"),
      Case(
        name: "index flipped bit", arguments: ["recommend", "--index", flipped], input: posting,
        status: 1,
        error: "error: \(flipped): the index file is damaged (checksum mismatch)\n"),
      Case(
        name: "index of another corpus",
        arguments: ["recommend", "--index", good, "--corpus", otherCorpus],
        input: posting, status: 1,
        error: "error: \(good): the index was built from a different corpus"),
      Case(
        name: "index missing", arguments: ["batch", "--index", "/no/such.askidx"], status: 1,
        error: "error: /no/such.askidx: no such file\n"),
      Case(
        name: "index is fine", arguments: ["recommend", "--index", good], input: posting, status: 0,
        error: "",
        output: "Questions to ask"),
      Case(
        name: "unwritable index path",
        arguments: ["index", "--output", "/no/such/folder/x.askidx"], status: 1,
        error: "error: /no/such/folder/x.askidx: the folder /no/such/folder does not exist\n"),
      Case(
        name: "index over a folder", arguments: ["index", "--output", "/tmp"], status: 1,
        error: "error: /tmp: is a folder\n"),
    ]
  }

  /// A small batch input of `count` lines.
  static func batchInput(_ count: Int) -> [UInt8] {
    let line = JSONWriter.string(
      .object([("id", .number(1)), ("text", .string(String(decoding: posting, as: UTF8.self)))]))
    return Array(String(repeating: line + "\n", count: count).utf8)
  }

  static let labelled =
    #"printf '%s\n' '{"id":"x","title":"Staff Accountant","category":"accounting","description":"Close the books."}' > "$DIR/l.jsonl""#

  /// Output that cannot be written: only a closed pipe is quiet, and only where nothing is lost.
  static var writes: [Case] {
    let full = "error: cannot write to standard output: no space left on the device\n"
    func dir(_ name: String) -> String { scratch("writes-" + name) }
    return [
      Case(
        name: "recommend into a full device",
        shell: #""$ASKBACK" recommend Examples/registered-nurse.txt > /dev/full"#, status: 1,
        error: full),
      Case(
        name: "recommend json into a full device",
        shell: #""$ASKBACK" recommend --format json Examples/registered-nurse.txt > /dev/full"#,
        status: 1, error: full),
      Case(
        name: "batch into a full device", input: batchInput(3),
        shell: #""$ASKBACK" batch > /dev/full"#, status: 1, error: full),
      Case(
        name: "analyze into a full device", input: posting,
        shell: #""$ASKBACK" analyze > /dev/full"#, status: 1, error: full),
      Case(
        name: "stem into a full device", input: Array("running\n".utf8),
        shell: #""$ASKBACK" stem > /dev/full"#, status: 1, error: full),
      Case(
        name: "corpus stats into a full device",
        shell: #""$ASKBACK" corpus stats > /dev/full"#, status: 1, error: full),
      Case(
        name: "corpus check into a full device",
        shell: #""$ASKBACK" corpus check > /dev/full"#, status: 1, error: full),
      Case(
        name: "eval into a full device",
        shell: labelled + #"; "$ASKBACK" eval "$DIR/l.jsonl" > /dev/full"#,
        directory: dir("eval"), status: 1, error: full),
      Case(
        name: "help into a full device", shell: #""$ASKBACK" --help > /dev/full"#, status: 1,
        error: full),
      Case(
        name: "version into a full device", shell: #""$ASKBACK" --version > /dev/full"#,
        status: 1, error: full),
      Case(
        name: "index to standard output into a full device",
        shell: #""$ASKBACK" index --output - > /dev/full"#, status: 1, error: full),
      Case(
        name: "recommend into a closed descriptor",
        shell: #""$ASKBACK" recommend Examples/registered-nurse.txt >&-"#, status: 1,
        error: "error: cannot write to standard output: it is closed\n"),
      Case(
        name: "recommend into a closed pipe",
        arguments: ["recommend", "Examples/registered-nurse.txt"],
        closedOutput: true, status: 0, error: "", output: nil),
      Case(
        name: "analyze into a closed pipe", arguments: ["analyze"], input: posting,
        closedOutput: true, status: 0, error: "", output: nil),
      Case(
        name: "help into a closed pipe", arguments: ["--help"], closedOutput: true, status: 0,
        error: "", output: nil),
      Case(
        name: "batch into a closed pipe", arguments: ["batch"], input: batchInput(3),
        closedOutput: true, status: 1,
        error: "error: standard output closed after 0 lines; the rest were not written\n"),
    ]
  }

  /// `index --output` at every kind of path.
  static var outputs: [Case] {
    func dir(_ name: String) -> String { scratch("output-" + name) }
    let index = #""$ASKBACK" index --output "#
    let isIndex = #"head -c 8 "$1" | grep -q ASKBKIDX"#
    func indexAt(_ path: String) -> String { "set -- \(path); \(isIndex)" }
    let fifo = dir("fifo")
    let socket = dir("socket")
    let link = dir("link")
    let dangling = dir("dangling")
    let away = dir("dangling-away")
    let device = dir("link-device")
    let loop = dir("loop")
    return [
      // A device of the case's own where that may be made (as root, where replacing
      // /dev/null would harm the machine), else /dev/null, which others cannot replace.
      Case(
        name: "index over a device",
        shell: #"""
          if mknod "$DIR/null" c 1 3 2>/dev/null; then device="$DIR/null"; else device=/dev/null; fi
          errors=$("$ASKBACK" index --output "$device" 2>&1); status=$?
          echo "${errors//$device/DEVICE}" >&2; exit $status
          """#,
        directory: dir("device"), status: 1,
        error:
          "error: DEVICE: is a device, not a regular file; --output writes a regular file or a new path\n",
        after: #"test -c /dev/null && { test ! -e "$DIR/null" || test -c "$DIR/null"; }"#),
      Case(
        name: "index over a FIFO", shell: #"mkfifo "$DIR/f" && "# + index + #""$DIR/f""#,
        directory: fifo, status: 1,
        error:
          "error: \(fifo)/f: is a named pipe (FIFO), not a regular file; --output writes a regular file or a new path\n",
        after: #"test -p "$DIR/f""#),
      Case(
        name: "index over a socket",
        shell:
          #"python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$DIR/s" && "#
          + index + #""$DIR/s""#,
        directory: socket, status: 1,
        error:
          "error: \(socket)/s: is a socket, not a regular file; --output writes a regular file or a new path\n",
        after: #"test -S "$DIR/s""#),
      Case(
        name: "index through a symlink",
        shell: #"echo old > "$DIR/target" && ln -s target "$DIR/link" && "# + index
          + #""$DIR/link""#,
        directory: link, status: 0, error: "", output: "wrote \(link)/link: ",
        after: #"test -L "$DIR/link" && "# + indexAt(#""$DIR/target""#)),
      Case(
        name: "index through a dangling symlink",
        shell: #"ln -s new.askidx "$DIR/link" && "# + index + #""$DIR/link""#,
        directory: dangling, status: 0, error: "", output: "wrote \(dangling)/link: ",
        after: #"test -L "$DIR/link" && "# + indexAt(#""$DIR/new.askidx""#)),
      Case(
        name: "index through a symlink into a missing folder",
        shell: #"ln -s missing/x.askidx "$DIR/link" && "# + index + #""$DIR/link""#,
        directory: away, status: 1,
        error:
          "error: \(away)/link (a link to \(away)/missing/x.askidx): the folder \(away)/missing does not exist\n"
      ),
      Case(
        name: "index through a symlink to a device",
        shell: #"ln -s /dev/null "$DIR/link" && "# + index + #""$DIR/link""#,
        directory: device, status: 1,
        error: "error: \(device)/link (a link to /dev/null): is a device, not a regular file",
        after: "test -c /dev/null"),
      Case(
        name: "index over a symlink loop",
        shell: #"ln -s loop "$DIR/loop" && "# + index + #""$DIR/loop""#, directory: loop, status: 1,
        error: "error: \(loop)/loop: too many levels of symbolic links\n"),
      Case(
        name: "index over a hard link",
        shell: #"echo old > "$DIR/a" && ln "$DIR/a" "$DIR/b" && "# + index + #""$DIR/a""#,
        directory: dir("hard-link"), status: 0, error: "", output: "wrote ",
        after: #"test "$(cat "$DIR/b")" = old && "# + indexAt(#""$DIR/a""#)),
      Case(
        name: "index keeps the mode",
        shell: #"echo old > "$DIR/a" && chmod 600 "$DIR/a" && "# + index + #""$DIR/a""#,
        directory: dir("mode"), status: 0, error: "", output: "wrote ",
        after: #"test "$(stat -c %a "$DIR/a")" = 600 && "# + indexAt(#""$DIR/a""#)),
      Case(
        name: "index keeps the owner when permitted",
        shell: #"echo old > "$DIR/a" && { chown 65534:65534 "$DIR/a" 2>/dev/null || true; } && "#
          + index + #""$DIR/a""#,
        directory: dir("owner"), status: 0, error: "", output: "wrote ",
        after: #"[ "$(id -u)" != 0 ] || test "$(stat -c %u:%g "$DIR/a")" = 65534:65534"#),
      Case(
        name: "a new index follows the umask",
        shell: #"umask 027 && "# + index + #""$DIR/new""#, directory: dir("umask"), status: 0,
        error: "", output: "wrote ", after: #"test "$(stat -c %a "$DIR/new")" = 640"#),
      Case(
        name: "index to standard output", arguments: ["index", "--output", "-"], status: 0,
        error: "", output: "ASKBKIDX"),
      Case(
        name: "index to standard output reads back",
        shell:
          #""$ASKBACK" index --output - | "$ASKBACK" recommend Examples/registered-nurse.txt --index -"#,
        status: 0, error: "", output: "Questions to ask for Registered Nurse"),
    ]
  }

  /// Batch ids come back as they were written.
  static var ids: [Case] {
    func line(_ id: String) -> [UInt8] {
      Array(#"{"id": \#(id), "text": "Staff Accountant\n\nMonth-end close."}"#.utf8) + [0x0A]
    }
    func echoed(_ id: String) -> Case {
      Case(
        name: "batch id \(id)", arguments: ["batch", "--top", "1"], input: line(id), status: 0,
        error: "", output: "{\"id\":\(id),\"role\":\"Staff Accountant\"")
    }
    func refused(_ id: String, _ kind: String) -> Case {
      Case(
        name: "batch id \(id)", arguments: ["batch", "--top", "1"], input: line(id), status: 0,
        error: "",
        output: #"{"id":null,"line":1,"error":"\"id\" must be a string or a number, not \#(kind)"}"#
      )
    }
    return [
      echoed("0.123456789"), echoed("9007199254740993"), echoed("1E+2"), echoed("-0"),
      echoed("12345678901234567890123"),
      echoed("1.50"), echoed(#""a\u0041""#), echoed(#""caf\u00e9 \ud83d\ude00""#),
      refused("true", "a boolean"), refused("null", "null"), refused("[1]", "an array"),
      refused("{}", "an object"),
    ]
  }

  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// A leading byte order mark changes nothing.
  static var byteOrderMarks: [Case] {
    [
      Case(
        name: "posting with a BOM", arguments: ["recommend", "--format", "json"],
        input: bom + posting, status: 0, error: "", output: #"{"role":"Staff Accountant""#),
      Case(
        name: "batch file with a BOM", arguments: ["batch", "--top", "1"],
        input: bom + batchInput(2), status: 0, error: "",
        output: #"{"id":1,"role":"Staff Accountant""#, absent: #""error""#),
      Case(
        name: "analyze text with a BOM", arguments: ["analyze"], input: bom + Array("Staff".utf8),
        status: 0, error: "", output: "staff\n"),
      Case(
        name: "corpus file with a BOM",
        arguments: [
          "recommend", "--corpus", corpus("bom", [String(decoding: bom, as: UTF8.self) + good]),
        ], input: posting, status: 0, error: "", output: "What is hard here?"),
      Case(
        name: "eval file with a BOM",
        shell: #"printf '\xef\xbb\xbf' > "$DIR/b.jsonl" && "# + labelled
          + #" && cat "$DIR/l.jsonl" >> "$DIR/b.jsonl" && "$ASKBACK" eval "$DIR/b.jsonl""#,
        directory: scratch("eval-bom"), status: 0, error: "", output: "postings: 1 "),
      Case(
        name: "a BOM alone is an empty posting", arguments: ["recommend"],
        input: bom + Array("\u{200B}\n".utf8), status: 1, error: "error: the posting is empty\n"),
    ]
  }

  /// Roles that cannot be right are left out, so the questions read their fallbacks.
  static var roles: [Case] {
    func role(_ name: String, _ text: String, _ expected: String) -> Case {
      Case(
        name: name, arguments: ["recommend", "--format", "json", "--top", "1"],
        input: Array(text.utf8), status: 0, error: "", output: "{\"role\":\(expected),")
    }
    return [
      role(
        "a title label before a long line",
        "Title: We are looking for a friendly person to help in our busy office\n\nWe need help.",
        "null"),
      role(
        "a heading glued to the title",
        "Administrative CoordinatorOrganization\n\nWe need help with scheduling.", "null"),
      role(
        "a glued job location heading, cut",
        "Senior Electronics Design EngineerJob Location: Austin\n\nDesign boards.",
        #""Senior Electronics Design Engineer""#),
      role(
        "a slash after a generic word", "Cloud / .NET Developer\n\nWe build apps.",
        #""Cloud / .NET Developer""#),
      role(
        "a camel-case brand", "PeopleSoft Developer\n\nWe build apps.", #""PeopleSoft Developer""#),
      role("a lone generic word", "Remote\n\nWe need a bookkeeper.", "null"),
      Case(
        name: "a broken role leaves the fallback in the text", arguments: ["recommend"],
        input: Array("Title: Hiring\n\nWe need help with month-end close.".utf8), status: 0,
        error: "", output: "Questions to ask (first-round)", absent: "Hiring"),
    ]
  }

  /// `--index` looks at the header before it reads the rest.
  static var indexSizes: [Case] {
    let sparse = scratch("index-sparse")
    let zeros = scratch("index-zeros")
    var huge = Array("ASKBKIDX".utf8)
    for value in [IndexFile.version, 1, 0x4154_454D] {
      withUnsafeBytes(of: value.littleEndian) { huge += $0 }
    }
    withUnsafeBytes(of: (UInt64(1) << 40).littleEndian) { huge += $0 }
    let hugePath = folder.appending(path: "huge-header.askidx").path
    try? Data(huge).write(to: URL(fileURLWithPath: hugePath))
    return [
      Case(
        name: "index from /dev/zero",
        arguments: ["recommend", "Examples/registered-nurse.txt", "--index", "/dev/zero"],
        status: 1,
        error: "error: /dev/zero: not an AskBack index file (wrong magic bytes)\n"),
      Case(
        name: "index from standard input of zeros",
        shell: #""$ASKBACK" recommend Examples/registered-nurse.txt --index - < /dev/zero"#,
        status: 1,
        error: "error: standard input: not an AskBack index file (wrong magic bytes)\n"),
      Case(
        name: "index sparse beyond its header",
        shell:
          #"cp "\#(goodIndex)" "$DIR/i" && truncate -s 3G "$DIR/i" && "$ASKBACK" recommend Examples/registered-nurse.txt --index "$DIR/i""#,
        directory: sparse, status: 1,
        error: "error: \(sparse)/i: the index file is longer than its header says ("),
      Case(
        name: "index sparse zeros",
        shell:
          #"truncate -s 3G "$DIR/i" && "$ASKBACK" recommend Examples/registered-nurse.txt --index "$DIR/i""#,
        directory: zeros, status: 1,
        error: "error: \(zeros)/i: not an AskBack index file (wrong magic bytes)\n"),
      Case(
        name: "index header declaring a huge section",
        arguments: ["recommend", "Examples/registered-nurse.txt", "--index", hugePath], status: 1,
        error:
          "error: \(hugePath): the index file's header declares 1099511627812 bytes, more than the 1024 MiB AskBack reads\n"
      ),
      Case(
        name: "index from standard input",
        shell: #""$ASKBACK" recommend Examples/registered-nurse.txt --index - < "\#(goodIndex)""#,
        status: 0, error: "", output: "Questions to ask for Registered Nurse"),
    ]
  }

  /// Control characters from a posting never reach a terminal; Markdown metacharacters in a
  /// filled slot are escaped.
  static var escapes: [Case] {
    let hostile = Array(
      "Staff Accountant\u{1B}]0;owned\u{07}\u{9B}31m\n\nAbout Acme\u{1B}[2J Tools\nAcme\u{1B}[2J Tools is a maker of tools. Month-end close."
        .utf8)
    return [
      Case(
        name: "escape sequences in text output", arguments: ["recommend"], input: hostile,
        status: 0, error: "", output: "Questions to ask for Staff Accountant]0;owned31m",
        absent: "\u{1B}"),
      Case(
        name: "bell and C1 in text output", arguments: ["recommend", "--explain"], input: hostile,
        status: 0, error: "", output: "Questions to ask", absent: "\u{07}"),
      Case(
        name: "C1 control in text output", arguments: ["recommend"], input: hostile, status: 0,
        error: "", output: "Questions to ask", absent: "\u{9B}"),
      Case(
        name: "escape sequences in Markdown output",
        arguments: ["recommend", "--format", "markdown"],
        input: hostile, status: 0, error: "", output: "# Questions to ask", absent: "\u{1B}"),
      Case(
        name: "Markdown metacharacters in a role",
        arguments: ["recommend", "--format", "markdown"],
        input: Array("Staff Accountant <img src=x> *now* II\n\nMonth-end close.".utf8), status: 0,
        error: "", output: #"# Questions to ask for Staff Accountant \<img src=x\> \*now\* II"#),
      Case(
        name: "escapes stay escaped in JSON", arguments: ["recommend", "--format", "json"],
        input: hostile, status: 0, error: "", output: #"\u001b"#, absent: "\u{1B}"),
    ]
  }

  /// A corpus with nothing to recommend is an error that names its file.
  static var emptyCorpora: [Case] {
    let empty = corpus("empty", [])
    let blank = corpus("blank", ["", "   "])
    let oneStage = corpus("one-stage", [good])
    let output = scratch("empty-index")
    let noQuestions = "the file holds no questions\n"
    return [
      Case(
        name: "recommend from an empty corpus", arguments: ["recommend", "--corpus", empty],
        input: posting, status: 1, error: "error: \(empty)/questions.jsonl: " + noQuestions),
      Case(
        name: "recommend from a blank corpus", arguments: ["recommend", "--corpus", blank],
        input: posting, status: 1, error: "error: \(blank)/questions.jsonl: " + noQuestions),
      Case(
        name: "index of an empty corpus",
        arguments: ["index", "--corpus", empty, "--output", output + "/empty.askidx"],
        directory: output, status: 1, error: "error: \(empty)/questions.jsonl: " + noQuestions,
        after: #"test ! -e "$DIR/empty.askidx""#),
      Case(
        name: "check an empty corpus", arguments: ["corpus", "check", "--corpus", empty],
        status: 1, error: "error: ", output: "\(empty)/questions.jsonl: the file holds no questions"
      ),
      Case(
        name: "stats of an empty corpus", arguments: ["corpus", "stats", "--corpus", empty],
        status: 1, error: "error: \(empty)/questions.jsonl: " + noQuestions),
      Case(
        name: "a stage with no questions",
        arguments: ["recommend", "--corpus", oneStage, "--stage", "offer"],
        input: posting, status: 1,
        error: "error: \(oneStage)/questions.jsonl: no question fits the offer stage\n"),
      Case(
        name: "a batch stage with no questions",
        arguments: ["batch", "--corpus", oneStage, "--stage", "closing"], input: batchInput(1),
        status: 1, error: "error: \(oneStage)/questions.jsonl: no question fits the closing stage\n"
      ),
      Case(
        name: "a stage with questions", arguments: ["recommend", "--corpus", oneStage],
        input: posting, status: 0, error: "", output: "What is hard here?"),
    ]
  }

  /// Invisible format characters never split a word.
  static var formatCharacters: [Case] {
    [
      Case(
        name: "soft hyphen and zero-width space in words", arguments: ["analyze"],
        input: Array("manage\u{AD}ment pa\u{200B}tient".utf8), status: 0, error: "",
        output: "manag\npatient\n"),
      Case(
        name: "soft hyphen in the role",
        arguments: ["recommend", "--format", "json", "--top", "1"],
        input: Array("Registered Nur\u{AD}se\n\nNight shifts on a medical unit.".utf8), status: 0,
        error: "", output: #"{"role":"Registered Nurse""#),
      Case(
        name: "word joiner and bidi marks in the role",
        arguments: ["recommend", "--format", "json", "--top", "1"],
        input: Array("\u{200E}Staff\u{2060} Accountant\u{200F}\n\nMonth-end close.".utf8),
        status: 0, error: "", output: #"{"role":"Staff Accountant""#),
    ]
  }

  /// Errors a user can cause get AskBack's own words.
  static var systemErrors: [Case] {
    let loops = scratch("loops")
    let loopsBatch = scratch("loops-batch")
    let loopsCorpus = scratch("loops-corpus")
    let inside = Paths.package.appending(path: "README.md").path + "/posting.txt"
    return [
      Case(
        name: "recommend from a closed standard input", shell: #""$ASKBACK" recommend <&-"#,
        status: 1, error: "error: cannot read standard input: it is closed\n"),
      Case(
        name: "batch from a closed standard input", shell: #""$ASKBACK" batch <&-"#, status: 1,
        error: "error: cannot read standard input: it is closed\n"),
      Case(
        name: "stem from a closed standard input", shell: #""$ASKBACK" stem <&-"#, status: 1,
        error: "error: cannot read standard input: it is closed\n"),
      Case(
        name: "a symlink loop as the posting",
        shell: #"ln -s loop "$DIR/loop"; "$ASKBACK" recommend "$DIR/loop""#, directory: loops,
        status: 1, error: "error: \(loops)/loop: too many levels of symbolic links\n"),
      Case(
        name: "a symlink loop as the batch",
        shell: #"ln -s loop "$DIR/loop"; "$ASKBACK" batch "$DIR/loop""#,
        directory: loopsBatch, status: 1,
        error: "error: \(loopsBatch)/loop: too many levels of symbolic links\n"),
      Case(
        name: "a symlink loop as the corpus",
        shell: #"ln -s loop "$DIR/loop"; "$ASKBACK" corpus check --corpus "$DIR/loop""#,
        directory: loopsCorpus, status: 1,
        error: "error: \(loopsCorpus)/loop: too many levels of symbolic links\n"),
      Case(
        name: "a file inside a file", arguments: ["recommend", inside], status: 1,
        error: "error: \(inside): a part of the path is not a folder\n"),
    ]
  }

  /// The small ones: help, stray and empty arguments, a corpus folder next to an index.
  static var smallOnes: [Case] {
    let plain = scratch("not-a-corpus")
    return [
      Case(
        name: "an empty file name", arguments: ["recommend", ""], status: 64,
        error: "error: the <file> argument is empty. See 'askback recommend --help'.\n"),
      Case(
        name: "an empty corpus name", arguments: ["recommend", "--corpus", ""], input: posting,
        status: 64,
        error: "error: empty value for '--corpus <dir>'. See 'askback recommend --help'.\n"),
      Case(
        name: "a missing corpus folder with an index",
        arguments: ["recommend", "--corpus", "/no/such/corpus", "--index", goodIndex],
        input: posting, status: 1, error: "error: /no/such/corpus: no such folder\n"),
      Case(
        name: "a folder that is not a corpus with an index",
        arguments: ["recommend", "--corpus", plain, "--index", goodIndex], input: posting,
        status: 1, error: "error: \(plain)/questions.jsonl: no such file\n"),
      Case(
        name: "corpus help names a command that works", arguments: ["corpus", "--help"], status: 0,
        error: "", output: "See 'askback corpus help <subcommand>'"),
      Case(
        name: "corpus help check", arguments: ["corpus", "help", "check"], status: 0, error: "",
        output: "OVERVIEW: Validate a corpus"),
      Case(
        name: "corpus help alone", arguments: ["corpus", "help"], status: 0, error: "",
        output: "SUBCOMMANDS:"),
      Case(
        name: "alternate titles with a file",
        arguments: ["eval", "--alternate-titles", "file.jsonl"],
        status: 64,
        error:
          "error: '--alternate-titles' reads no file (it measures the corpus); unexpected argument 'file.jsonl'. See 'askback eval --help'.\n"
      ),
      Case(
        name: "version with an extra argument", arguments: ["--version", "extra"], status: 64,
        error: "error: unexpected argument 'extra'. See 'askback --help'.\n"),
      Case(
        name: "help with a subcommand", arguments: ["--help", "stem"], status: 0, error: "",
        output: "USAGE: askback stem"),
    ]
  }

  /// `--explain` shows the posting's words.
  static var explanations: [Case] {
    let accounting = Array(
      "Staff Accountant\n\nPrepare journal entries and depreciation schedules; entries are reviewed monthly. Reconciliations too."
        .utf8)
    return [
      Case(
        name: "explain shows words, not stems", arguments: ["recommend", "--explain"],
        input: accounting, status: 0, error: "", output: "matched: ", absent: "entri "),
      Case(
        name: "explain in JSON keeps the stem beside the word",
        arguments: ["recommend", "--format", "json"], input: accounting, status: 0, error: "",
        output: #"{"term":"entri","word":"entries","weight":"#),
    ]
  }

  /// A fresh, empty folder for the case `name`, as a path.
  static func scratch(_ name: String) -> String {
    let directory = folder.appending(path: "case-" + name.replacing(" ", with: "-"))
    try? FileManager.default.removeItem(at: directory)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.path
  }

  /// Runs `script` with bash, `$ASKBACK` and `$DIR` set, from the package folder.
  static func runShell(
    _ script: String, directory: String?, input: [UInt8] = [], closedOutput: Bool = false
  ) throws -> RunResult {
    var environment = ProcessInfo.processInfo.environment
    environment["ASKBACK"] = Paths.products.appending(path: "askback").path
    environment["DIR"] = directory ?? folder.path
    return try runProcess(
      URL(fileURLWithPath: "/bin/bash"), ["-c", script], input: input, environment: environment,
      directory: Paths.package, closedOutput: closedOutput)
  }

  static func check(_ item: Case) throws {
    if let directory = item.directory {
      try? FileManager.default.removeItem(atPath: directory)
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    let result =
      try item.shell.map {
        try runShell(
          $0, directory: item.directory, input: item.input, closedOutput: item.closedOutput)
      }
      ?? runProcess(
        Paths.products.appending(path: "askback"), item.arguments, input: item.input,
        closedOutput: item.closedOutput)
    #expect(result.status == item.status, "\(item.name): \(result.stderr)")
    if item.error.isEmpty {
      #expect(result.stderr.isEmpty, "\(item.name): \(result.stderr)")
    } else {
      #expect(result.stderr.hasPrefix(item.error), "\(item.name): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(item.name): one line")
    }
    if let output = item.output {
      #expect(result.stdout.contains(output), "\(item.name)")
    } else {
      #expect(result.stdout.isEmpty, "\(item.name): \(result.stdout.prefix(200))")
    }
    if let absent = item.absent {
      #expect(!result.stdout.contains(absent), "\(item.name): \(result.stdout.prefix(300))")
    }
    #expect(!result.stderr.contains("Fatal error"), "\(item.name)")
    if let after = item.after {
      let left = try runShell(after, directory: item.directory)
      #expect(left.status == 0, "\(item.name): after the run, `\(after)` fails: \(left.stderr)")
    }
  }

  @Test(arguments: usage) func usageErrors(item: Case) throws { try Self.check(item) }
  @Test(arguments: postings) func badPostings(item: Case) throws { try Self.check(item) }
  @Test(arguments: corpora) func badCorpora(item: Case) throws { try Self.check(item) }
  @Test(arguments: indexes) func badIndexes(item: Case) throws { try Self.check(item) }
  @Test(arguments: writes) func failedWrites(item: Case) throws { try Self.check(item) }
  @Test(arguments: outputs) func indexOutputs(item: Case) throws { try Self.check(item) }
  @Test(arguments: ids) func batchIds(item: Case) throws { try Self.check(item) }
  @Test(arguments: byteOrderMarks) func leadingByteOrderMarks(item: Case) throws {
    try Self.check(item)
  }
  @Test(arguments: roles) func brokenRoles(item: Case) throws { try Self.check(item) }
  @Test(arguments: indexSizes) func indexHeadersFirst(item: Case) throws { try Self.check(item) }
  @Test(arguments: escapes) func controlCharacters(item: Case) throws { try Self.check(item) }
  @Test(arguments: emptyCorpora) func emptyCorporaAreErrors(item: Case) throws {
    try Self.check(item)
  }
  @Test(arguments: formatCharacters) func invisibleCharacters(item: Case) throws {
    try Self.check(item)
  }
  @Test(arguments: systemErrors) func ownErrorMessages(item: Case) throws { try Self.check(item) }
  @Test(arguments: smallOnes) func smallFixes(item: Case) throws { try Self.check(item) }
  @Test(arguments: explanations) func explainShowsWords(item: Case) throws { try Self.check(item) }

  @Test func aClosedOutputFailsABatchThatLostLines() throws {
    // The child stops reading when its output closes; writing to it must not
    // kill this test process.
    signal(SIGPIPE, SIG_IGN)
    let input = Self.batchInput(3000)
    let process = Process()
    process.executableURL = Paths.products.appending(path: "askback")
    process.arguments = ["batch", "--threads", "2"]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    // Read one line, then close the pipe as `head -1` would.
    _ = try stdout.fileHandleForReading.read(upToCount: 200)
    try stdout.fileHandleForReading.close()
    process.waitUntilExit()
    let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    // Lines were lost, so a pipeline that retries on failure must see one.
    #expect(process.terminationStatus == 1)
    #expect(errors.hasPrefix("error: standard output closed after "), "\(errors)")
    #expect(errors.hasSuffix("; the rest were not written\n"), "\(errors)")
    #expect(errors.split(separator: "\n").count == 1)
  }

  @Test func aBatchIntoAFullFileSystemLeavesOnlyWholeLines() throws {
    // A 64 KiB file system fills up in the middle of the batch's output. Mounting one needs
    // root; elsewhere the test has nothing to run on (the /dev/full cases still run).
    let mount = Self.scratch("full-file-system")
    let mounted = try Self.runShell(#"mount -t tmpfs -o size=64k tmpfs "$DIR""#, directory: mount)
    guard mounted.status == 0 else { return }
    defer { _ = try? Self.runShell(#"umount "$DIR""#, directory: mount) }
    let result = try Self.runShell(
      #""$ASKBACK" batch --threads 2 > "$DIR/out.jsonl""#, directory: mount,
      input: Self.batchInput(400))
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stderr == "error: cannot write to standard output: no space left on the device\n")
    let written = try Data(contentsOf: URL(fileURLWithPath: mount + "/out.jsonl"))
    #expect(written.count > 0)
    #expect(written.last == 0x0A, "the output ends inside a line")
    let lines = String(decoding: written, as: UTF8.self).split(separator: "\n")
    for line in lines {
      let value = try JSONReader.parse(String(line))
      #expect(value["id"] == .number(1))
      #expect(value["questions"]?.arrayValue?.isEmpty == false)
    }
  }

  @Test func recommendOnATerminalSaysWhereItReads() throws {
    // A pseudo-terminal as standard input: askback must say that it reads the posting from it.
    // Linux's pseudo-terminal multiplexer: unlock the new terminal (TIOCSPTLCK), ask its number
    // (TIOCGPTN) and open its other side.
    #if os(Linux)
      let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      try #require(master >= 0)
      defer { close(master) }
      var unlock: Int32 = 0
      var number: Int32 = 0
      try #require(ioctl(master, UInt(0x4004_5431), &unlock) == 0)
      try #require(ioctl(master, UInt(0x8004_5430), &number) == 0)
      let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)

      try #require(slave >= 0)
      let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
      let process = Process()
      process.executableURL = Paths.products.appending(path: "askback")
      process.arguments = ["recommend", "--top", "1"]
      process.standardInput = terminal
      let stdout = Pipe()
      let stderr = Pipe()
      process.standardOutput = stdout
      process.standardError = stderr
      try process.run()
      // A reader that waits for more after the end of input would hang: stop it after a while.
      let watchdog = Thread {
        Thread.sleep(forTimeInterval: 30)
        if process.isRunning { process.terminate() }
      }
      watchdog.start()
      // The posting, then Ctrl-D at the start of a line: the end of input on a terminal.
      let typed = Array("Staff Accountant\n\u{04}".utf8)
      _ = typed.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      // Drain what the terminal echoes, so it never fills; reading ends once no one holds the
      // terminal's other side.
      let drained = DispatchSemaphore(value: 0)
      let drain = Thread {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(master, &buffer, buffer.count) > 0 {}
        drained.signal()
      }
      drain.start()
      let output = stdout.fileHandleForReading.readDataToEndOfFile()
      let errors = String(
        decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      try terminal.close()
      drained.wait()
      #expect(process.terminationStatus == 0, "\(errors)")
      #expect(
        errors
          == "reading the posting from standard input; end it with Ctrl-D on a line of its own\n")
      #expect(
        String(decoding: output, as: UTF8.self).hasPrefix("Questions to ask for Staff Accountant"))
    #endif
  }

  @Test func theReadmeCountsAreTheCorpusCounts() throws {
    let readme = try readText(Paths.package.appending(path: "README.md"))
    let corpus = try shippedCorpus.get()
    let general = corpus.questions.filter { $0.occupations.isEmpty }.count
    let line = readme.split(separator: "\n").first { $0.hasPrefix("`Corpus/` ships ") }
    #expect(
      line?.hasPrefix(
        "`Corpus/` ships \(corpus.questions.count) questions (\(Category.allCases.count) categories, "
          + "\(Stage.allCases.count) stages: \(general) for any job"
      )
        == true, "\(line ?? "no line")")
    // The README wraps its lines; the counts are read across line breaks.
    let prose = readme.replacing("\n", with: " ")
    #expect(
      prose.contains(
        "\(corpus.descriptions.count) job descriptions and \(corpus.occupations.count) O*NET-SOC occupations"
      ))
  }

  @Test func anInterruptedIndexLeavesNoPartialFile() throws {
    let target = Self.folder.appending(path: "interrupted.askidx")
    try? FileManager.default.removeItem(at: target)
    for delay in [0.0, 0.05, 0.2] {
      let process = Process()
      process.executableURL = Paths.products.appending(path: "askback")
      process.arguments = ["index", "--corpus", Paths.corpus.path, "--output", target.path]
      process.standardOutput = Pipe()
      process.standardError = Pipe()
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      process.interrupt()
      process.waitUntilExit()
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        .filter { $0.contains("interrupted.askidx.tmp") }
      #expect(leftovers.isEmpty, "\(leftovers)")
      // Either the run was stopped and wrote nothing, or it finished a whole index.
      if let data = FileManager.default.contents(atPath: target.path) {
        let bytes = [UInt8](data)
        #expect(
          (try? bytes.withUnsafeBufferPointer { buffer throws(IndexFileError) in
            try IndexFile.decode(buffer)
          })
            != nil)
        try? FileManager.default.removeItem(at: target)
      }
    }
  }
}
