/// Up to 15 ASCII bytes held in two integers, for the text analyzer's tokens: lower-cased
/// eight bytes at a time and turned into a `String` without going through the generic
/// string initializers (which cost ~100 instructions per short token).
///
/// Swift stores a string of at most 15 ASCII bytes inline ("small string"): the bytes
/// little-endian in two words, the second word's top byte `0xE0 | count`. ``string(direct:)`` writes
/// those two words directly when ``layoutHolds`` confirmed, once per process, that this
/// runtime lays a real small string out that way; otherwise it falls back to
/// `String(decoding:as:)`. Either way the result equals `String(decoding: bytes, as: UTF8.self)`.
///
/// The temporal tagger compares words as packed words: `==` is two integer comparisons (and
/// the count), a string literal (`"about"`) is packed at compile time, and ``PackedWordTable``
/// is keyed by them.
struct ASCIIWord: Hashable, Sendable, ExpressibleByStringLiteral {
  /// Bytes 0–7, little-endian, zero-padded.
  var low: UInt64
  /// Bytes 8–14, little-endian, zero-padded (the top byte is always zero).
  var high: UInt64
  /// The number of bytes, 0…15.
  var count: Int

  /// The bytes `p[0..<count]` (`count` ≤ 15). `readable` is how many bytes from `p` may be
  /// read: with eight or more the words are loaded whole and masked, else byte by byte.
  /// (Shift amounts here and below use wrapping arithmetic: counts are 0…15, and checked
  /// conversions cost a few instructions per token on the analyzer's and tagger's paths.)
  @inline(__always) init(_ p: UnsafePointer<UInt8>, count: Int, readable: Int) {
    self.count = count
    let raw = UnsafeRawPointer(p)
    if count >= 8 {
      low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      // The last eight bytes, shifted so that byte 8 lands at the bottom.
      let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      high = count == 8 ? 0 : tail &>> UInt64(truncatingIfNeeded: 8 &* (16 &- count))
    } else if readable >= 8 {
      let word = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      low = count == 0 ? 0 : word & (~UInt64(0) &>> UInt64(truncatingIfNeeded: 8 &* (8 &- count)))
      high = 0
    } else {
      low = 0
      for k in 0..<count { low |= UInt64(p[k]) &<< UInt64(truncatingIfNeeded: 8 &* k) }
      high = 0
    }
  }

  /// The bytes of `string` when it is a small ASCII string (read from its two words, see
  /// the type's description; `layoutHolds` is ``layoutHolds``, read once by the caller);
  /// `nil` otherwise (longer or non-ASCII strings, or another layout).
  @inline(__always) init?(smallASCII string: String, layoutHolds: Bool) {
    guard layoutHolds else { return nil }
    // Reading a string's bits is always safe; they are trusted only with the small-ASCII tag.
    self.init(smallStringBits: unsafeBitCast(string, to: (UInt64, UInt64).self))
  }

  /// The bytes of a string whose two words are `bits` when they are those of a small ASCII
  /// string (``smallStringBits``); `nil` otherwise. The caller checked ``layoutHolds``.
  @inline(__always) init?(smallStringBits bits: (UInt64, UInt64)) {
    let tag = bits.1 &>> 56
    guard tag & 0xF0 == 0xE0 else { return nil }
    self.init(low: bits.0, high: bits.1 & 0x00FF_FFFF_FFFF_FFFF, count: Int(tag & 0x0F))
  }

  /// The bytes of `bytes` when there are at most 15 of them; `nil` otherwise. (Any bytes:
  /// ``PackedWordTable`` also holds a few non-ASCII words, "’". The case and byte-class
  /// helpers below are for ASCII words only.)
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      self.init(low: 0, high: 0, count: 0)
      return
    }
    guard bytes.count <= 15 else { return nil }
    self.init(base, count: bytes.count, readable: bytes.count)
  }

  /// A literal word (ASCII, at most 15 bytes), packed at compile time once inlined: the
  /// literal's length and bytes are constants.
  @inline(__always) init(stringLiteral value: StaticString) {
    let n = value.utf8CodeUnitCount
    assert(n <= 15 && value.hasPointerRepresentation, "a packed word literal has at most 15 ASCII bytes")
    let p = value.utf8Start
    var low: UInt64 = 0
    var high: UInt64 = 0
    for k in 0..<min(n, 15) {
      assert(p[k] < 0x80, "a packed word literal is ASCII")
      if k < 8 { low |= UInt64(p[k]) &<< UInt64(8 * k) } else { high |= UInt64(p[k]) &<< UInt64(8 * (k - 8)) }
    }
    self.init(low: low, high: high, count: n)
  }

  /// A value equal to no packed word (count 16): stands for words longer than 15 bytes,
  /// which no literal matches.
  static let unpacked = ASCIIWord(low: 0, high: 0, count: 16)

  private init(low: UInt64, high: UInt64, count: Int) {
    self.low = low
    self.high = high
    self.count = count
  }

  @inline(__always) static func == (a: ASCIIWord, b: ASCIIWord) -> Bool {
    a.low == b.low && a.high == b.high && a.count == b.count
  }

  @inline(__always) func hash(into hasher: inout Hasher) {
    hasher.combine(low)
    hasher.combine(high)
    hasher.combine(count)
  }

  /// A cheap hash for ``PackedWordTable``'s open addressing (multiply and shift).
  @inline(__always) var slot: Int {
    let h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: h >> 32)
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// Byte `k` (0 ≤ k < 15; zero at and after ``count``).
  @inline(__always) subscript(_ k: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: (k < 8 ? low &>> UInt64(truncatingIfNeeded: 8 &* k) : high &>> UInt64(truncatingIfNeeded: 8 &* (k &- 8))))
  }

  /// Whether the word ends with the bytes of `suffix` (`false` for ``unpacked``).
  @inline(__always) func hasSuffix(_ suffix: ASCIIWord) -> Bool {
    guard suffix.count <= count, count <= 15 else { return false }
    for k in 0..<suffix.count where self[count - suffix.count + k] != suffix[k] { return false }
    return true
  }

  /// The first ``count`` - 1 bytes (the last one cleared).
  @inline(__always) var droppingLast: ASCIIWord {
    let k = count - 1
    if k < 8 { return ASCIIWord(low: low & ~(0xFF &<< UInt64(truncatingIfNeeded: 8 &* k)), high: 0, count: k) }
    return ASCIIWord(low: low, high: high & ~(0xFF &<< UInt64(truncatingIfNeeded: 8 &* (k &- 8))), count: k)
  }

  /// For ASCII words: 0x80 in each byte equal to `byte` (an ASCII byte other than zero;
  /// the zero padding never matches).
  @inline(__always) static func matches(_ v: UInt64, _ byte: UInt8) -> UInt64 {
    let x = v ^ (UInt64(byte) &* ones)
    // A byte of x is zero iff adding 0x7F to its low seven bits leaves the top bit clear.
    return ~(((x & (0x7F &* ones)) &+ 0x7F &* ones) | x) & (0x80 &* ones)
  }

  /// For an ASCII word: the positions of the first and last `byte`, -1 when it has none.
  @inline(__always) func firstAndLast(_ byte: UInt8) -> (first: Int, last: Int) {
    let l = Self.matches(low, byte)
    let h = Self.matches(high, byte)
    let first = l != 0 ? l.trailingZeroBitCount / 8 : (h != 0 ? 8 + h.trailingZeroBitCount / 8 : -1)
    let last = h != 0 ? 15 - h.leadingZeroBitCount / 8 : (l != 0 ? 7 - l.leadingZeroBitCount / 8 : -1)
    return (first, last)
  }

  /// Whether every byte is ASCII (below 0x80).
  @inline(__always) var isASCII: Bool { (low | high) & (0x80 &* Self.ones) == 0 }

  /// For ASCII words: 0x80 in each byte holding A–Z (adding 0x3F sets the top bit from
  /// "A" up, adding 0x25 from "Z" + 1 up; ASCII bytes never carry into their neighbour).
  @inline(__always) private static func upperMask(_ v: UInt64) -> UInt64 {
    ((v &+ 0x3F &* ones) ^ (v &+ 0x25 &* ones)) & (0x80 &* ones)
  }

  /// Whether an ASCII word has a letter A–Z.
  @inline(__always) var hasUppercase: Bool { Self.upperMask(low) | Self.upperMask(high) != 0 }

  /// An ASCII word with A–Z lower-cased.
  @inline(__always) var lowercased: ASCIIWord {
    ASCIIWord(
      low: low | Self.upperMask(low) &>> 2, high: high | Self.upperMask(high) &>> 2, count: count)
  }

  /// The word as a string (an ASCII word: see the type's description); `direct` is
  /// ``layoutHolds``, read once by the caller (a global's lazy check costs a call per read).
  @inline(__always) func string(direct: Bool) -> String {
    if direct { return unsafeBitCast(smallStringBits, to: String.self) }
    return withUnsafeBytes(of: (low, high)) { String(decoding: $0.prefix(count), as: UTF8.self) }
  }

  /// The two words of this ASCII word's small string in the layout ``layoutHolds`` confirms:
  /// its bytes, then the top byte `0xE0 | count` (small, ASCII, the count).
  @inline(__always) var smallStringBits: (low: UInt64, high: UInt64) {
    (low, high | UInt64(truncatingIfNeeded: 0xE0 | count) &<< 56)
  }

  /// Whether small ASCII strings of this runtime are laid out as ``string(direct:)`` writes them:
  /// compares the bits of strings built the ordinary way (read, never built from bits).
  static let layoutHolds: Bool = {
    guard MemoryLayout<String>.size == 16 else { return false }
    for sample in ["", "a", "abc", "8 bytes!", "fifteen bytes!!"] {
      // Built at run time from bytes, as the analyzer's strings would be.
      let built = String(decoding: Array(sample.utf8), as: UTF8.self)
      let bits = unsafeBitCast(built, to: (UInt64, UInt64).self)
      let expected = Array(sample.utf8).withUnsafeBufferPointer { ASCIIWord($0)!.smallStringBits }
      guard bits.0 == expected.low && bits.1 == expected.high else { return false }
    }
    return true
  }()
}
