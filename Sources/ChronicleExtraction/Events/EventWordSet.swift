/// An immutable hash table from words (as UTF-8 bytes) to dense ids `0..<count`, for the
/// event extractor's per-token lookups: FNV-1a over the bytes, linear probing, and every key
/// in one byte buffer, so a lookup is one hash, one or two slot probes and one byte loop
/// (no `String` made or compared). Built once, read concurrently. A class: the sets and maps
/// that hold it are copied at every use of a static lexicon, and a copy retains one object
/// rather than each of its arrays.
final class ByteWordTable: Sendable {
  /// Slot → id, or -1 for an empty slot.
  private let slots: [Int32]
  /// Per id: the FNV-1a hash of its bytes.
  private let hashes: [UInt64]
  /// Per id: where its bytes start in ``bytes`` (one more entry: the end of the last key).
  private let starts: [Int32]
  private let bytes: [UInt8]
  private let mask: Int

  /// A table whose ids are the positions of `words` (distinct).
  init(_ words: [String]) {
    var size = 16
    while size < words.count * 2 { size <<= 1 }
    var slots = [Int32](repeating: -1, count: size)
    var hashes: [UInt64] = []
    var starts: [Int32] = [0]
    var bytes: [UInt8] = []
    for (id, word) in words.enumerated() {
      let h = Self.hash(Array(word.utf8))
      var n = Self.slot(h, size - 1)
      while slots[n] >= 0 { n = (n + 1) & (size - 1) }
      slots[n] = Int32(id)
      hashes.append(h)
      bytes.append(contentsOf: word.utf8)
      starts.append(Int32(bytes.count))
    }
    self.slots = slots
    self.hashes = hashes
    self.starts = starts
    self.bytes = bytes
    self.mask = size - 1
  }

  @inline(__always) static func hash<C: Collection<UInt8>>(_ b: C) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
    return h
  }

  @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
  }

  /// The id of the word spelled by `b`, or -1.
  @inline(__always) func id(_ b: UnsafeBufferPointer<UInt8>) -> Int { id(b, hash: Self.hash(b)) }

  /// The id of the word spelled by `b`, whose ``hash(_:)`` is `h`, or -1.
  @inline(__always) func id(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
    var n = Self.slot(h, mask)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let s = Int(slots[n])
        if s < 0 { return -1 }
        if hashes[s] == h && matches(s, b) { return s }
        n = (n + 1) & mask
      }
    }
  }

  /// Whether key `s` is spelled by `b`.
  @inline(__always) private func matches(_ s: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[s])
    guard Int(starts[s + 1]) - start == b.count else { return false }
    return bytes.withUnsafeBufferPointer { key in
      for j in 0..<b.count where key[start + j] != b[j] { return false }
      return true
    }
  }
}

/// An immutable set of lower-case words for the event extractor's lexicons.
///
/// The extractor asks a dozen word classes about every token and its neighbours; with
/// `Set<String>` each question costs a seeded SipHash of the word. This set answers ASCII
/// words from a ``ByteWordTable`` (FNV-1a over the bytes, byte comparison) and leaves any other
/// word to the `Set<String>` it keeps, so the answers are exactly those of `Set<String>`
/// (whose equality is Unicode canonical equivalence). Built once, read concurrently.
struct EventWordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// The members and their table, in one object (a copy of the set retains only it).
  private final class Storage: Sendable {
    let members: Set<String>
    let table: ByteWordTable

    init(_ members: Set<String>) {
      self.members = members
      self.table = ByteWordTable(Array(members))
    }
  }

  private let storage: Storage

  /// The members, for iteration and non-ASCII questions.
  var members: Set<String> { storage.members }

  init(_ members: Set<String>) {
    self.storage = Storage(members)
  }

  init(arrayLiteral elements: String...) {
    self.init(Set(elements))
  }

  /// Whether `word` is a member.
  @inline(__always) func contains(_ word: String) -> Bool {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return storage.members.contains(word) }
      return storage.table.id(bytes) >= 0
    }
  }

  /// Whether the word spelled by `bytes` is a member; `bytes` must be ASCII (see ``PlainWord``).
  @inline(__always) func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    storage.table.id(bytes) >= 0
  }

  /// The members and those of `other`.
  func union(_ other: EventWordSet) -> EventWordSet { EventWordSet(members.union(other.members)) }

  func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

  var count: Int { members.count }
}

/// An immutable map from lower-case words to values, with the lookups of ``EventWordSet``: ASCII
/// words through a ``ByteWordTable``, any other word through the dictionary it keeps.
struct EventWordMap<Value: Sendable>: Sendable {
  /// The entries, their table and the values by table id, in one object (a copy of the map
  /// retains only it).
  private final class Storage: Sendable {
    let dictionary: [String: Value]
    let table: ByteWordTable
    let values: [Value]
    /// The words by table id.
    let keys: [String]

    init(_ dictionary: [String: Value]) {
      self.dictionary = dictionary
      let keys = Array(dictionary.keys)
      self.table = ByteWordTable(keys)
      self.values = keys.map { dictionary[$0]! }
      self.keys = keys
    }
  }

  private let storage: Storage

  /// The entries, for non-ASCII questions.
  var dictionary: [String: Value] { storage.dictionary }

  init(_ dictionary: [String: Value]) {
    self.storage = Storage(dictionary)
  }

  /// The value stored for `word`, if any.
  @inline(__always) subscript(_ word: String) -> Value? {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return storage.dictionary[word] }
      let id = storage.table.id(bytes)
      return id >= 0 ? storage.values[id] : nil
    }
  }

  /// The value stored for the word spelled by `bytes`, which must be ASCII (see ``PlainWord``).
  @inline(__always) func value(ascii bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let id = storage.table.id(bytes)
    return id >= 0 ? storage.values[id] : nil
  }

  /// The table id of the word spelled by `bytes` (ASCII), or -1; see ``value(id:)``.
  @inline(__always) func id(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int { storage.table.id(bytes) }

  /// ``id(ascii:)`` of bytes whose FNV-1a hash (``ByteWordTable/hash(_:)``) is `hash`.
  @inline(__always) func id(ascii bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    storage.table.id(bytes, hash: hash)
  }

  /// The word of table id `id`.
  func word(id: Int) -> String { storage.keys[id] }

  /// The value of table id `id` (from ``id(ascii:)``).
  @inline(__always) func value(id: Int) -> Value { storage.values[id] }

  /// The number of entries with a table id (every entry).
  var count: Int { storage.values.count }
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

/// A "certainly not" test on the first three bytes of a word: one bit per three-byte prefix
/// (each byte's low five bits, so 4 KB), set for the prefix of every word it is built from.
/// A word whose prefix's bit is clear shares its first three bytes with none of them (a set
/// bit may be another prefix's: the test can only say no). The lexicons ask it before
/// trying the stems of a word outside their vocabulary: every stem they look up keeps the
/// word's first three bytes once it is long enough.
struct PrefixFilter: Sendable {
  private let bits: [UInt64]

  /// A filter holding the first three bytes of each word of `words` (shorter words hold none).
  init<S: Sequence<String>>(_ words: S) {
    var bits = [UInt64](repeating: 0, count: 1 << 15 / 64)
    for word in words {
      let b = Array(word.utf8)
      guard b.count >= 3 else { continue }
      let k = Self.key(b[0], b[1], b[2])
      bits[k >> 6] |= 1 << UInt64(k & 63)
    }
    self.bits = bits
  }

  @inline(__always) private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
    Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
  }

  /// Whether some word of the filter may start with the first three bytes of `b` (at least
  /// three bytes).
  @inline(__always) func mayHavePrefix(of b: UnsafeBufferPointer<UInt8>) -> Bool {
    let k = Self.key(b[0], b[1], b[2])
    return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
