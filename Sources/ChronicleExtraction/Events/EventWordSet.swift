/// An immutable set of lower-case words for the event extractor's lexicons.
///
/// The extractor asks a dozen word classes about every token and its neighbours; with
/// `Set<String>` each question costs a seeded SipHash of the word. This set answers ASCII
/// words from a ``LexiconTable`` (FNV-1a over the bytes, byte comparison) and leaves any other
/// word to the `Set<String>` it keeps, so the answers are exactly those of `Set<String>`
/// (whose equality is Unicode canonical equivalence). Built once, read concurrently.
struct EventWordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// The members, for iteration and non-ASCII questions.
  let members: Set<String>
  private let table: LexiconTable<Bool>

  init(_ members: Set<String>) {
    self.members = members
    self.table = LexiconTable(members)
  }

  init(arrayLiteral elements: String...) {
    self.init(Set(elements))
  }

  /// Whether `word` is a member.
  @inline(__always) func contains(_ word: String) -> Bool {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return members.contains(word) }
      return table.contains(bytes: bytes)
    }
  }

  /// Whether the word spelled by `bytes` is a member; `bytes` must be ASCII (see ``PlainWord``).
  @inline(__always) func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    table.contains(bytes: bytes)
  }

  /// The members and those of `other`.
  func union(_ other: EventWordSet) -> EventWordSet { EventWordSet(members.union(other.members)) }

  func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

  var count: Int { members.count }
}

/// An immutable map from lower-case words to values, with the lookups of ``EventWordSet``: ASCII
/// words through a ``LexiconTable``, any other word through the dictionary it keeps.
struct EventWordMap<Value: Sendable>: Sendable {
  /// The entries, for non-ASCII questions.
  let dictionary: [String: Value]
  private let table: LexiconTable<Value>

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    self.table = LexiconTable(dictionary)
  }

  /// The value stored for `word`, if any.
  @inline(__always) subscript(_ word: String) -> Value? {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return dictionary[word] }
      return table.value(bytes: bytes)
    }
  }

  /// The value stored for the word spelled by `bytes`, which must be ASCII (see ``PlainWord``).
  @inline(__always) func value(ascii bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    table.value(bytes: bytes)
  }
}

/// A lower-case word as bytes, with a scratch buffer to spell its stems in ("tried" → "try"),
/// for the lexicons' morphology without creating a `String` per candidate.
///
/// Only for words of printable ASCII (``isPlain(_:)``): there a `Character` is a byte, so
/// `count` and `hasSuffix` on the bytes answer exactly as on the `String`.
struct PlainWord {
  let bytes: UnsafeBufferPointer<UInt8>
  private let scratch: UnsafeMutableBufferPointer<UInt8>

  /// Whether every byte is printable ASCII (no control characters: "\r\n" is one `Character`).
  @inline(__always) static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte < 0x21 || byte > 0x7E { return false }
    return true
  }

  /// Calls `body` with the word spelled by `bytes` (plain ASCII, checked by the caller) and a
  /// scratch buffer large enough for any stem of it plus a 4-byte ending.
  @inline(__always) static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (PlainWord) -> R) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 4) { scratch in
      body(PlainWord(bytes: bytes, scratch: scratch))
    }
  }

  var count: Int { bytes.count }

  /// Whether the word ends with `suffix` (ASCII).
  @inline(__always) func hasSuffix(_ suffix: StaticString) -> Bool {
    Self.hasSuffix(bytes, suffix)
  }

  /// Whether `bytes` end with `suffix` (ASCII).
  @inline(__always) static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
    let k = suffix.utf8CodeUnitCount
    guard bytes.count >= k else { return false }
    let s = suffix.utf8Start
    let base = bytes.count - k
    for j in 0..<k where bytes[base + j] != s[j] { return false }
    return true
  }

  /// The word without its last `drop` bytes and with `ending` added, spelled in the scratch
  /// buffer (valid until the next call).
  @inline(__always) func stem(dropping drop: Int, adding ending: StaticString = "") -> UnsafeBufferPointer<UInt8> {
    let keep = bytes.count - drop
    for j in 0..<keep { scratch[j] = bytes[j] }
    let e = ending.utf8Start
    for j in 0..<ending.utf8CodeUnitCount { scratch[keep + j] = e[j] }
    return UnsafeBufferPointer(rebasing: scratch[0..<(keep + ending.utf8CodeUnitCount)])
  }

  /// The `String` spelled by `bytes`.
  @inline(__always) static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}

extension EventLexicon {
  /// ``eventNouns`` as a ``EventWordMap``, for the per-token lookups.
  static let eventNounMap = EventWordMap(eventNouns)
}
