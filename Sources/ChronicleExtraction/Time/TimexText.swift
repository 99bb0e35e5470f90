/// A TIMEX3 value (`XXXX-WXX-1~>`, `2022-10`, `P3Y`) written byte by byte, for the tagger's
/// and ``TimexValue``'s values: no string interpolation (an `Int` description and an append
/// per piece cost several hundred instructions).
///
/// The bytes stay in 32 bytes of inline storage; ``string`` turns at most 15 ASCII bytes into
/// a small string straight from the bits (``ASCIIWord/string(direct:)``), longer text by one
/// `String(decoding:as:)`. Text past 32 bytes (no value the tagger writes is that long) goes
/// on in a `String`. The result equals the string the same pieces interpolated would make.
struct TimexText {
  private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var count = 0
  /// The whole text once it is longer than the inline storage.
  private var spill: String? = nil

  init() {}

  /// Text starting with the ASCII literal `text`.
  @inline(__always) init(_ text: StaticString) { append(text) }

  /// Appends one byte.
  @inline(__always) mutating func append(byte b: UInt8) {
    if count < 32 && spill == nil {
      let k = count
      withUnsafeMutableBytes(of: &storage) { $0[k] = b }
      count += 1
    } else {
      appendSpilled(b)
    }
  }

  @inline(never) private mutating func appendSpilled(_ b: UInt8) {
    if spill == nil { spill = inlineString }
    spill!.unicodeScalars.append(Unicode.Scalar(b))
  }

  /// Appends the bytes of the literal `text` (ASCII).
  @inline(__always) mutating func append(_ text: StaticString) {
    let p = text.utf8Start
    for k in 0..<text.utf8CodeUnitCount { append(byte: p[k]) }
  }

  /// Appends the bytes of `text` (ASCII: every byte below 0x80 is one scalar).
  mutating func append(_ text: String) {
    // Short ASCII text (suffixes, parts of the day, patterns) from the string's own two words.
    if let word = ASCIIWord(smallASCII: text, layoutHolds: ASCIIWord.layoutHolds) {
      for k in 0..<word.count { append(byte: word[k]) }
      return
    }
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      if spill == nil { spill = inlineString }
      spill!.append(text)
      return
    }
    for b in text.utf8 { append(byte: b) }
  }

  /// Appends the bytes `bytes` (a part of a value; non-ASCII text is kept as it is).
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      append(String(decoding: bytes, as: UTF8.self))
      return
    }
    for b in bytes { append(byte: b) }
  }

  /// Appends `"\(v)"`: the decimal digits of `v`, with a minus sign when negative.
  mutating func append(_ v: Int) { append(v, width: 0) }

  /// Appends `"\(v)"` left-padded with zeros to `width` bytes (the sign counts: `-5` at width
  /// 4 is `00-5`, as ``TimexValue/pad4(_:)`` writes it).
  mutating func append(_ v: Int, width: Int) {
    // Years, months, days and counts (most numbers of a value): at most four digits, written
    // straight into the inline storage from the last digit back (padding zeros included).
    if v >= 0, v < 10_000, width <= 4, spill == nil {
      let n = max(width, v < 10 ? 1 : (v < 100 ? 2 : (v < 1000 ? 3 : 4)))
      if count + n <= 32 {
        let start = count
        withUnsafeMutableBytes(of: &storage) { s in
          var m = v
          var q = start + n - 1
          while q >= start {
            s[q] = UInt8(truncatingIfNeeded: 48 + m % 10)
            m /= 10
            q -= 1
          }
        }
        count += n
        return
      }
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // at most 20 digits, written backwards
    var n = 0
    var m = v.magnitude
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[n] = UInt8(48 + m % 10)
        n += 1
        m /= 10
      } while m != 0
    }
    let length = n + (v < 0 ? 1 : 0)
    if width > length { for _ in length..<width { append(byte: 48) } }
    if v < 0 { append(byte: UInt8(ascii: "-")) }
    withUnsafeBytes(of: digits) { d in
      var k = n - 1
      while k >= 0 {
        append(byte: d[k])
        k -= 1
      }
    }
  }

  /// Appends an offset suffix: `~+N` for positive `n`, `~-N` for negative, nothing for 0.
  @inline(__always) mutating func append(offset n: Int) {
    guard n != 0 else { return }
    append(byte: UInt8(ascii: "~"))
    if n > 0 { append(byte: UInt8(ascii: "+")) }
    append(n)
  }

  /// Appends ``TimexValue/pad2(_:)`` of `v`: a `0` before values below 10.
  @inline(__always) mutating func append(pad2 v: Int) {
    if v >= 0 && v < 10 {
      append(byte: 48)
      append(byte: UInt8(48 + v))
    } else {
      if v < 10 { append(byte: 48) }
      append(v)
    }
  }

  /// Appends `date.iso` (`YYYY-MM-DD`).
  mutating func append(_ date: CivilDate) {
    guard (0...9999).contains(date.year) else {
      append(date.iso)
      return
    }
    append(date.year, width: 4)
    append(byte: UInt8(ascii: "-"))
    append(pad2: date.month)
    append(byte: UInt8(ascii: "-"))
    append(pad2: date.day)
  }

  /// The text.
  var string: String { spill ?? inlineString }

  private var inlineString: String {
    let n = count
    return withUnsafeBytes(of: storage) { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      if n <= 15 {
        let word = ASCIIWord(bytes.baseAddress!, count: n, readable: 32)
        if word.isASCII { return word.string(direct: ASCIIWord.layoutHolds) }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
    }
  }
}
