/// An immutable table of short words (at most 15 UTF-8 bytes) for the temporal tagger's
/// per-token lookup, keyed by the packed words (``ASCIIWord``) the text analyzer's small
/// strings already hold: a lookup is one multiply-and-shift hash and integer comparisons,
/// with no string built or compared.
struct PackedWordTable<Value: Sendable>: Sendable {
  private var keys: [ASCIIWord]
  private var values: [Value?]
  private let mask: Int

  /// `nil` when a key is empty or longer than 15 bytes.
  init?(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

  /// The table of `pairs` (distinct keys); `nil` when a key is empty or longer than 15 bytes.
  init?(_ pairs: [(String, Value)]) {
    var size = 16
    while size < pairs.count * 4 { size <<= 1 }
    keys = [ASCIIWord](repeating: .unpacked, count: size)
    values = [Value?](repeating: nil, count: size)
    mask = size - 1
    for (word, value) in pairs {
      var copy = word
      guard let key = copy.withUTF8({ ASCIIWord($0) }), key.count > 0 else { return nil }
      var n = key.slot & mask
      while values[n] != nil { n = (n + 1) & mask }
      keys[n] = key
      values[n] = value
    }
  }

  /// The value stored for the packed word `key`, if any.
  @inline(__always) func value(_ key: ASCIIWord) -> Value? {
    var n = key.slot & mask
    while true {
      guard let value = values[n] else { return nil }
      if keys[n] == key { return value }
      n = (n + 1) & mask
    }
  }
}
