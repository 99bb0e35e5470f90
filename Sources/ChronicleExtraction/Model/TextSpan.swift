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
  /// `scalarOffset[i]` = number of code points before byte `i` (valid at scalar boundaries).
  private let scalarOffset: [Int32]

  public init(_ text: String) {
    var map = [Int32]()
    map.reserveCapacity(text.utf8.count + 1)
    var count: Int32 = 0
    for byte in text.utf8 {
      map.append(count)
      if byte & 0xC0 != 0x80 { count &+= 1 }
    }
    // Correct: a continuation byte belongs to the preceding scalar; the count
    // before it equals count before its lead byte + 1, but offsets are only
    // asked for at scalar boundaries, where the value above is exact.
    map.append(count)
    scalarOffset = map
  }

  /// Code-point offset of byte offset `utf8Offset` (clamped to the text).
  public func characterOffset(_ utf8Offset: Int) -> Int {
    Int(scalarOffset[max(0, min(utf8Offset, scalarOffset.count - 1))])
  }
}
