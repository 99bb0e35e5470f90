/// An immutable lexicon keyed by lower-cased words, looked up by their UTF-8 bytes.
///
/// The temporal tagger asks a dozen lexicons about every word near a temporal anchor; with
/// `Dictionary<String, …>` each question costs a seeded SipHash of the word. This table hashes
/// the bytes with FNV-1a into an open-addressing table (load ≤ 1/4) and compares bytes on a hit,
/// which is several times cheaper for the short words it holds. Built once, read concurrently.
final class LexiconTable<Value: Sendable>: Sendable {
  private let slots: [Int32]
  private let keyBytes: [[UInt8]]
  private let values: [Value]
  private let mask: Int
  /// Every key, in no particular order.
  let keys: [String]

  init(_ dictionary: [String: Value]) {
    var size = 16
    while size < dictionary.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var keyBytes: [[UInt8]] = []
    var values: [Value] = []
    var keys: [String] = []
    for (key, value) in dictionary {
      let bytes = Array(key.utf8)
      var h = bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
      while slots[h] >= 0 { h = (h + 1) & (size - 1) }
      slots[h] = Int32(keyBytes.count)
      keyBytes.append(bytes)
      values.append(value)
      keys.append(key)
    }
    self.slots = slots
    self.keyBytes = keyBytes
    self.values = values
    self.keys = keys
    self.mask = size - 1
  }

  /// FNV-1a over the bytes.
  @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in b {
      h ^= UInt64(byte)
      h = h &* 0x0000_0100_0000_01B3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  @inline(__always) private func find(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    var h = Self.hash(b) & mask
    while true {
      let entry = Int(slots[h])
      if entry < 0 { return nil }
      let key = keyBytes[entry]
      if key.count == b.count {
        var same = true
        for q in 0..<key.count where key[q] != b[q] {
          same = false
          break
        }
        if same { return entry }
      }
      h = (h + 1) & mask
    }
  }

  /// The value stored for `word`, if any.
  subscript(_ word: String) -> Value? {
    var copy = word
    return copy.withUTF8 { b in find(b).map { values[$0] } }
  }

  /// The value stored for `word`, if any.
  subscript(_ word: Substring) -> Value? {
    var copy = word
    return copy.withUTF8 { b in find(b).map { values[$0] } }
  }

  /// The value stored for the word spelled by `bytes` (UTF-8), if any.
  @inline(__always) func value(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    find(bytes).map { values[$0] }
  }

  /// Whether the word spelled by `bytes` (UTF-8) is a key.
  @inline(__always) func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    find(bytes) != nil
  }

  /// Whether `word` is a key.
  func contains(_ word: String) -> Bool {
    var copy = word
    return copy.withUTF8 { find($0) != nil }
  }

  /// Whether `word` is a key.
  func contains(_ word: Substring) -> Bool {
    var copy = word
    return copy.withUTF8 { find($0) != nil }
  }
}

extension LexiconTable where Value == Bool {
  /// A set of words.
  convenience init(_ words: Set<String>) {
    self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
  }
}
