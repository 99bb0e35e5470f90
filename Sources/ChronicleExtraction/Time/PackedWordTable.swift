/// An immutable table of short words (at most 16 UTF-8 bytes) for the temporal tagger's
/// per-token lookup: a word is packed into two integers as its bytes are read, so a lookup
/// is one multiply-and-mask hash and integer comparisons, with no string built or compared.
struct PackedWordTable<Value: Sendable>: Sendable {
  /// A word's bytes, little-endian, zero-padded: bytes 0–7 in `low`, 8–15 in `high`.
  struct Key: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length = 0

    /// Packs `bytes`; `nil` when longer than 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 16 else { return nil }
      for (q, b) in bytes.enumerated() { add(b, at: q) }
      length = bytes.count
    }

    init() {}

    /// A key from its packed words (bytes past `length` zero).
    @inline(__always) init(low: UInt64, high: UInt64, length: Int) {
      self.low = low
      self.high = high
      self.length = length
    }

    /// Sets byte `q` (0 ≤ q < 16) of the key, which is still zero there.
    @inline(__always) mutating func add(_ b: UInt8, at q: Int) {
      if q < 8 {
        low |= UInt64(b) &<< UInt64(q &* 8)
      } else {
        high |= UInt64(b) &<< UInt64((q &- 8) &* 8)
      }
    }

    @inline(__always) var slot: Int {
      let h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length)) &* 0xBF58_476D_1CE4_E5B9
      return Int(truncatingIfNeeded: h >> 32)
    }
  }

  private var keys: [Key]
  private var values: [Value?]
  private let mask: Int

  /// `nil` when a key is longer than 16 bytes.
  init?(_ dictionary: [String: Value]) {
    var size = 16
    while size < dictionary.count * 4 { size <<= 1 }
    keys = [Key](repeating: Key(), count: size)
    values = [Value?](repeating: nil, count: size)
    mask = size - 1
    for (word, value) in dictionary {
      var copy = word
      guard let key = copy.withUTF8({ Key($0) }), key.length > 0 else { return nil }
      var n = key.slot & mask
      while values[n] != nil { n = (n + 1) & mask }
      keys[n] = key
      values[n] = value
    }
  }

  /// The value stored for the packed word `key`, if any.
  @inline(__always) func value(_ key: Key) -> Value? {
    var n = key.slot & mask
    while true {
      guard let value = values[n] else { return nil }
      let k = keys[n]
      if k.low == key.low && k.high == key.high && k.length == key.length { return value }
      n = (n + 1) & mask
    }
  }
}
