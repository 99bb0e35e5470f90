/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Extraction works on bytes; outputs convert spans to Unicode code-point
/// offsets with ``OffsetMap`` so that users slicing strings in Python or
/// JavaScript land on the same characters.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

  public static func < (a: TextSpan, b: TextSpan) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }
}

/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
public struct OffsetMap: Sendable {
  /// Bytes before the first non-ASCII byte: below it, code-point offset = byte offset.
  private let asciiPrefix: Int
  /// For bytes from `asciiPrefix` on: `scalarOffset[i - asciiPrefix]` = number of code
  /// points before byte `i` (valid at scalar boundaries). Empty for ASCII text.
  private let scalarOffset: [Int32]

  public init(_ text: String) {
    guard let prefix = ByteText.firstNonASCII(text) else {
      asciiPrefix = text.utf8.count
      scalarOffset = []
      return
    }
    asciiPrefix = prefix
    var text = text
    scalarOffset = text.withUTF8 { bytes in
      let n = bytes.count - prefix
      return [Int32](unsafeUninitializedCapacity: n + 1) { map, initialized in
        var count = Int32(prefix)
        for k in 0..<n {
          map[k] = count
          if bytes[prefix + k] & 0xC0 != 0x80 { count &+= 1 }
        }
        // A continuation byte belongs to the preceding scalar; offsets are only
        // asked for at scalar boundaries, where the value above is exact.
        map[n] = count
        initialized = n + 1
      }
    }
  }

  /// Code-point offset of byte offset `utf8Offset` (clamped to the text).
  public func characterOffset(_ utf8Offset: Int) -> Int {
    if utf8Offset <= asciiPrefix { return max(0, utf8Offset) }
    if scalarOffset.isEmpty { return asciiPrefix }  // past the end of ASCII text
    return Int(scalarOffset[min(utf8Offset - asciiPrefix, scalarOffset.count - 1)])
  }
}
