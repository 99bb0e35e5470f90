/// Lexicon keys: lower-cased token text with common Latin diacritics folded and curly
/// apostrophes straightened, so "Benítez" and "Benitez" (or "N’Djamena") share a key.
enum TextKeys {
  /// The key of one token's lower-cased text.
  @inline(__always) static func fold(_ lower: String) -> String {
    let ascii =
      lower.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: { $0 >= 0x80 }) }
      ?? !lower.utf8.contains(where: { $0 >= 0x80 })
    if ascii { return lower }
    var out = String.UnicodeScalarView()
    for s in lower.unicodeScalars {
      if let f = foldTable[s.value] {
        out.append(Unicode.Scalar(f))
      } else {
        out.append(s)
      }
    }
    return String(out)
  }

  static let foldTable: [UInt32: UInt8] = {
    var t: [UInt32: UInt8] = [:]
    let groups: [(String, Character)] = [
      ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
      ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
      ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("’‘ʼ`", "'"), ("‐‑–", "-"),
    ]
    for (letters, base) in groups {
      for s in letters.unicodeScalars { t[s.value] = base.asciiValue! }
    }
    return t
  }()

  /// Lexicon key of a phrase: its tokens (as the text analyzer splits them) folded and joined by spaces.
  static func key(of phrase: String) -> [String] {
    simpleKey(of: phrase) ?? analyzedKey(of: phrase)
  }

  /// ``key(of:)`` by the text analyzer.
  static func analyzedKey(of phrase: String) -> [String] {
    let analyzed = TextAnalyzer().analyze(phrase, headlineLength: 0)
    return analyzed.sentences.flatMap(\.tokens).map { fold($0.lower) }
  }

  /// ``key(of:)`` of a phrase of ASCII letters and spaces (most names and titles), without
  /// the analyzer: such a phrase is one word token per run of letters, lower-cased (a test
  /// compares both ways on the built-in tables). Nil for any other phrase.
  static func simpleKey(of phrase: String) -> [String]? {
    var words: [String] = []
    var word: [UInt8] = []
    for b in phrase.utf8 {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(b)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(b | 0x20)
      case UInt8(ascii: " "):
        if !word.isEmpty {
          words.append(String(decoding: word, as: UTF8.self))
          word.removeAll(keepingCapacity: true)
        }
      default: return nil
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// A slug for ids: lower-case ASCII letters and digits, runs of anything else become "-".
  static func slug(_ s: String) -> String {
    asciiSlug(s) ?? unicodeSlug(s)
  }

  /// ``slug(_:)`` of any text, scalar by scalar (after lower-casing and folding).
  static func unicodeSlug(_ s: String) -> String {
    var out = ""
    var dash = false
    for ch in fold(s.lowercased()).unicodeScalars {
      if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
        out.unicodeScalars.append(ch)
        dash = false
      } else if !dash && !out.isEmpty {
        out.append("-")
        dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }

  /// ``slug(_:)`` of an all-ASCII `s` (most names), written byte by byte into the result
  /// (no lower-cased copy, no scalar appends); nil when `s` has a byte outside ASCII.
  static func asciiSlug(_ s: String) -> String? {
    var ascii = true
    let out = String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
      var n = 0
      var dash = false
      for b in s.utf8 {
        if b >= 0x80 {
          ascii = false
          return 0
        }
        let lower = ByteText.lower(b)
        if lower &- UInt8(ascii: "a") < 26 || lower &- UInt8(ascii: "0") < 10 {
          buffer[n] = lower
          n += 1
          dash = false
        } else if !dash && n > 0 {
          buffer[n] = UInt8(ascii: "-")
          n += 1
          dash = true
        }
      }
      while n > 0 && buffer[n - 1] == UInt8(ascii: "-") { n -= 1 }
      return n
    }
    return ascii ? out : nil
  }
}
