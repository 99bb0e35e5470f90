/// Small helpers shared by the input readers; all work on UTF-8 bytes.
enum ByteText {
  static let newline: UInt8 = 0x0A
  static let space: UInt8 = 0x20

  /// ASCII whitespace: space, tab, LF, CR, form feed, vertical tab.
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || (b >= 0x09 && b <= 0x0D)
  }

  /// Space or tab (whitespace inside a line).
  @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
  }

  @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 {
    b >= 0x41 && b <= 0x5A ? b | 0x20 : b
  }

  /// Builds a string from bytes known to be valid UTF-8 (invalid ones become U+FFFD).
  @inline(__always) static func string(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The first index from `start` below `end` of `bytes` for which `hit` holds, else `end`;
  /// eight bytes per step while `wordMayHit` says none of the eight can hit (`wordMayHit`
  /// must never answer `false` for a word holding a hit; ``ByteWord`` has such tests).
  @inline(__always) static func firstIndex(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    wordMayHit: (UInt64) -> Bool, hit: (UInt8) -> Bool
  ) -> Int {
    var i = start
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while i + 8 <= end {
        if wordMayHit(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))) { break }
        i += 8
      }
    }
    while i < end && !hit(bytes[i]) { i += 1 }
    return i
  }

  /// ``firstIndex(in:from:to:wordMayHit:hit:)`` over the string's UTF-8, read in place;
  /// `nil` when no byte hits.
  @inline(__always) static func firstByte(
    in s: String, wordMayHit: (UInt64) -> Bool, hit: (UInt8) -> Bool
  ) -> Int? {
    var s = s
    return s.withUTF8 { bytes -> Int? in
      let i = firstIndex(in: bytes, from: 0, to: bytes.count, wordMayHit: wordMayHit, hit: hit)
      return i < bytes.count ? i : nil
    }
  }

  /// The offset of the first non-ASCII byte of `s`, or `nil` when `s` is all ASCII.
  static func firstNonASCII(_ s: String) -> Int? {
    firstByte(in: s, wordMayHit: ByteWord.hasNonASCII, hit: { $0 >= 0x80 })
  }

  /// Whether the UTF-8 of `s` holds the byte `b`.
  static func contains(_ b: UInt8, in s: String) -> Bool {
    firstByte(in: s, wordMayHit: { ByteWord.has(b, in: $0) }, hit: { $0 == b }) != nil
  }

  /// `bytes` without leading and trailing ASCII whitespace.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lo = bytes.startIndex
    var hi = bytes.endIndex
    while lo < hi, isSpace(bytes[lo]) { lo += 1 }
    while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
    return bytes[lo..<hi]
  }

  /// `s` without leading and trailing whitespace (ASCII and no-break space).
  static func trimmed(_ s: String) -> String {
    let scalars = s.unicodeScalars
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    while lo < hi, isUnicodeSpace(scalars[lo]) { lo = scalars.index(after: lo) }
    while hi > lo, isUnicodeSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
    if lo == scalars.startIndex && hi == scalars.endIndex { return s }  // nothing to trim: no copy
    return String(scalars[lo..<hi])
  }

  static func isUnicodeSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
    default: return false
    }
  }

  /// Runs of whitespace (including no-break spaces and line breaks) become one
  /// space; the ends are trimmed.
  static func collapsed(_ s: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    appendCollapsed(s.utf8, to: &out)
    return string(out)
  }

  /// The length of the whitespace character starting at `bytes[i]` (ASCII
  /// whitespace, U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, U+FEFF), or 0.
  @inline(__always) static func spaceLength<C: Collection<UInt8>>(_ bytes: C, _ i: C.Index) -> Int {
    let b = bytes[i]
    if b < 0x80 { return isSpace(b) ? 1 : 0 }
    guard b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF else { return 0 }
    let j = bytes.index(after: i)
    guard j < bytes.endIndex else { return 0 }
    let c = bytes[j]
    if b == 0xC2 { return c == 0xA0 ? 2 : 0 }
    let k = bytes.index(after: j)
    guard k < bytes.endIndex else { return 0 }
    let d = bytes[k]
    switch (b, c) {
    case (0xE2, 0x80): return (d >= 0x80 && d <= 0x8A) || d == 0xAF ? 3 : 0
    case (0xE2, 0x81): return d == 0x9F ? 3 : 0
    case (0xE3, 0x80): return d == 0x80 ? 3 : 0
    case (0xEF, 0xBB): return d == 0xBF ? 3 : 0
    default: return 0
    }
  }

  /// Appends `bytes` to `out` with whitespace runs collapsed to one space and
  /// the ends trimmed.
  static func appendCollapsed<C: Collection<UInt8>>(_ bytes: C, to out: inout [UInt8]) {
    let start = out.count
    var pending = false
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let n = spaceLength(bytes, i)
      if n > 0 {
        pending = out.count > start
        i = bytes.index(i, offsetBy: n)
        continue
      }
      if pending {
        out.append(space)
        pending = false
      }
      // A run of bytes up to the next possible whitespace goes in at once.
      var j = bytes.index(after: i)
      while j < bytes.endIndex {
        let b = bytes[j]
        if b <= 0x20 || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF { break }
        j = bytes.index(after: j)
      }
      out.append(contentsOf: bytes[i..<j])
      i = j
    }
  }

  /// Whether `bytes[range]` equals `word`, ignoring ASCII case (`word` is lowercase).
  static func equalsLower(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    var j = 0
    for i in range {
      if lower(bytes[i]) != w[j] { return false }
      j += 1
    }
    return true
  }

  /// Whether `bytes` starting at `i` begin with `word`, ignoring ASCII case (`word` is lowercase).
  static func hasPrefixLower(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { return false }
    let w = word.utf8Start
    for j in 0..<n where lower(bytes[i + j]) != w[j] { return false }
    return true
  }

  /// The first index `>= from` where `bytes` continue with `needle` (exact bytes), or `nil`.
  static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int, caseInsensitive: Bool = false)
    -> Int?
  {
    let n = needle.utf8CodeUnitCount
    let w = needle.utf8Start
    guard n > 0 else { return from }
    let first = w[0]
    var i = from
    let last = bytes.count - n
    while i <= last {
      let b = caseInsensitive ? lower(bytes[i]) : bytes[i]
      if b == first {
        var j = 1
        while j < n {
          let c = caseInsensitive ? lower(bytes[i + j]) : bytes[i + j]
          if c != w[j] { break }
          j += 1
        }
        if j == n { return i }
      }
      i += 1
    }
    return nil
  }

  /// Splits `bytes` into lines (without their `\n`).
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var out: [ArraySlice<UInt8>] = []
    var start = 0
    for i in bytes.indices where bytes[i] == newline {
      out.append(bytes[start..<i])
      start = i + 1
    }
    out.append(bytes[start...])
    return out
  }

  /// Whether `line` is empty or whitespace only.
  static func isBlankLine(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy(isSpace)
  }
}

/// Tests of the eight bytes of a little-endian word at once, for scanning text a word at a
/// time: the classic bit tricks, exact as yes/no answers (which byte hits is read byte by
/// byte afterwards).
enum ByteWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Some byte of `word` is zero.
  @inline(__always) static func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }

  /// Some byte of `word` equals `byte`.
  @inline(__always) static func has(_ byte: UInt8, in word: UInt64) -> Bool { hasZero(word ^ (ones &* UInt64(byte))) }

  /// Some byte of `word` is below `limit` (at most 0x80).
  @inline(__always) static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highs != 0
  }

  /// Some byte of `word` is 0x80 or more.
  @inline(__always) static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }
}
