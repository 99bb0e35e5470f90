/// Turns a file's raw bytes into clean UTF-8 for the format readers.
///
/// - 0 bytes, or whitespace only → ``InputError/empty(path:)``.
/// - A NUL byte in the first 8 KiB, or more than 10% control bytes there (other
///   than tab, LF, CR, form feed) → ``InputError/binary(path:)``.
/// - A UTF-16 byte-order mark → decoded from UTF-16; a UTF-8 byte-order mark is dropped.
/// - Invalid UTF-8: when the file has no valid multi-byte UTF-8 sequence at all it
///   is an 8-bit legacy file and is decoded as Windows-1252 (a superset of
///   Latin-1); otherwise each invalid sequence becomes U+FFFD. Either way a
///   warning names the file and the first bad byte offset.
/// - CRLF and lone CR line ends become LF.
/// - A NUL byte after the first 8 KiB becomes U+FFFD, with a warning.
enum InputDecoding {
  struct Decoded {
    var bytes: [UInt8]
    var warnings: [String]
  }

  static func decode(_ raw: [UInt8], path: String) throws(InputError) -> Decoded {
    if raw.isEmpty { throw .empty(path: path) }
    var warnings: [String] = []
    var bytes = raw
    // Byte-order marks.
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      bytes = fromUTF16(bytes, littleEndian: bytes[0] == 0xFF)
    } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      bytes.removeFirst(3)
    }
    if isBinary(bytes) { throw .binary(path: path) }
    let check = validateUTF8(bytes)
    if check.invalid > 0 {
      if check.multibyte == 0 {
        bytes = fromWindows1252(bytes)
        warnings.append(
          "\(path): not UTF-8 (first bad byte at offset \(check.firstInvalid)); decoded as Windows-1252; re-save the file as UTF-8 to silence this"
        )
      } else {
        bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        warnings.append(
          "\(path): \(check.invalid) byte(s) of invalid UTF-8, the first at offset \(check.firstInvalid), replaced with U+FFFD; re-save the file as UTF-8"
        )
      }
    }
    if check.carriageReturns { bytes = normalizeLineEnds(bytes) }
    // A NUL past the binary check (text with a stray NUL deep inside): C-string
    // consumers of the stored text would cut it there, so it becomes U+FFFD.
    if let firstNUL = bytes.firstIndex(of: 0) {
      var repaired: [UInt8] = []
      repaired.reserveCapacity(bytes.count + 16)
      var count = 0
      for b in bytes {
        if b == 0 {
          repaired += [0xEF, 0xBF, 0xBD]
          count += 1
        } else {
          repaired.append(b)
        }
      }
      bytes = repaired
      warnings.append(
        "\(path): \(count) NUL byte(s), the first at offset \(firstNUL), replaced with U+FFFD; remove them from the file")
    }
    guard bytes.contains(where: { !ByteText.isSpace($0) }) else { throw .empty(path: path) }
    return Decoded(bytes: bytes, warnings: warnings)
  }

  /// NUL in the first 8 KiB, or more than 10% control bytes other than `\t \n \r \f`.
  static func isBinary(_ bytes: [UInt8]) -> Bool {
    let n = min(bytes.count, 8192)
    var controls = 0
    return bytes.withUnsafeBufferPointer { p in
      var i = 0
      while i < n {
        // Eight bytes with no byte below 0x20 and none equal to 0x7F hold no control
        // byte: skip them whole.
        if i + 8 <= n, let base = UnsafeRawPointer(p.baseAddress) {
          let v = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
          if !ByteWord.hasByte(below: 0x20, in: v) && !ByteWord.has(0x7F, in: v) {
            i += 8
            continue
          }
        }
        let b = p[i]
        if b == 0 { return true }
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F { controls += 1 }
        i += 1
      }
      return controls * 10 > n
    }
  }

  struct UTF8Check {
    var invalid = 0
    var firstInvalid = -1
    var multibyte = 0
    var carriageReturns = false
  }

  /// Counts invalid and valid multi-byte UTF-8 sequences in one pass.
  static func validateUTF8(_ bytes: [UInt8]) -> UTF8Check {
    var check = UTF8Check()
    bytes.withUnsafeBufferPointer { p in
      let n = p.count
      var i = 0
      let base = UnsafeRawPointer(p.baseAddress)
      while i < n {
        // Eight ASCII bytes at a time.
        if i + 8 <= n, let base {
          let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          if !ByteWord.hasNonASCII(w) {
            if ByteWord.has(0x0D, in: w) { check.carriageReturns = true }
            i += 8
            continue
          }
        }
        let b = p[i]
        if b < 0x80 {
          if b == 0x0D { check.carriageReturns = true }
          i += 1
          continue
        }
        var need = 0
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0:
          need = 2
          lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED:
          need = 2
          hi = 0x9F
        case 0xF0:
          need = 3
          lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4:
          need = 3
          hi = 0x8F
        default: need = -1
        }
        var ok = need > 0 && i + need < n
        if ok {
          let c1 = p[i + 1]
          ok = c1 >= lo && c1 <= hi
          var k = 2
          while ok && k <= need {
            let c = p[i + k]
            ok = c >= 0x80 && c <= 0xBF
            k += 1
          }
        }
        if ok {
          check.multibyte += 1
          i += need + 1
        } else {
          check.invalid += 1
          if check.firstInvalid < 0 { check.firstInvalid = i }
          i += 1
        }
      }
    }
    return check
  }

  static func fromWindows1252(_ bytes: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
      } else if b < 0xA0 {
        HTMLEntities.appendScalar(HTMLEntities.windows1252[Int(b - 0x80)], to: &out)
      } else {
        HTMLEntities.appendScalar(Unicode.Scalar(b), to: &out)
      }
    }
    return out
  }

  static func fromUTF16(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
    var units = [UInt16]()
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  /// CRLF → LF and lone CR → LF.
  static func normalizeLineEnds(_ bytes: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0D {
        out.append(0x0A)
        if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
      } else {
        out.append(b)
      }
      i += 1
    }
    return out
  }
}
