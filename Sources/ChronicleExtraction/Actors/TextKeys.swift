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

  /// `tokens.joined(separator: " ")` (a lexicon key from its tokens), with no generic
  /// joining: a one-token key is the token itself.
  static func joined(_ tokens: [String]) -> String {
    if tokens.count <= 1 { return tokens.first ?? "" }
    // The tokens' bytes copied into one new string (appending strings costs more).
    return String(unsafeUninitializedCapacity: tokens.reduce(tokens.count - 1) { $0 + $1.utf8.count }) { out in
      var n = 0
      for (i, token) in tokens.enumerated() {
        if i > 0 {
          out[n] = UInt8(ascii: " ")
          n += 1
        }
        for b in token.utf8 {
          out[n] = b
          n += 1
        }
      }
      return n
    }
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
    var phrase = phrase
    return phrase.withUTF8 { bytes -> [String]? in
      var words: [String] = []
      var start = 0
      for n in 0...bytes.count {
        if n < bytes.count {
          let b = bytes[n]
          if (b | 0x20) &- UInt8(ascii: "a") < 26 { continue }
          guard b == UInt8(ascii: " ") else { return nil }
        }
        if n > start {
          // The word's letters lower-cased (`| 0x20`) straight into the new string.
          words.append(
            String(unsafeUninitializedCapacity: n - start) { out in
              for k in start..<n { out[k - start] = bytes[k] | 0x20 }
              return n - start
            })
        }
        start = n + 1
      }
      return words
    }
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

  /// `prefix` followed by ``slug(_:)`` of `s` (an id such as "new:org:ministry-of-mines"): for
  /// an all-ASCII `s`, written into one new string (no slug string, no concatenation).
  static func slugID(_ prefix: StaticString, _ s: String) -> String {
    var text = s
    let id = text.withUTF8 { bytes -> String? in
      asciiSlug(bytes, prefix: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
    }
    return id ?? prefix.description + unicodeSlug(s)
  }

  /// ``slug(_:)`` of an all-ASCII `s` (most names), written byte by byte into the result
  /// (no lower-cased copy, no scalar appends); nil when `s` has a byte outside ASCII.
  static func asciiSlug(_ s: String) -> String? {
    var text = s
    return text.withUTF8 { asciiSlug($0, prefix: UnsafeBufferPointer(start: nil, count: 0)) }
  }

  /// `prefix` (ASCII) and the slug of the ASCII `bytes` as one string; nil when `bytes` has a
  /// byte outside ASCII.
  private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UnsafeBufferPointer<UInt8>) -> String? {
    for b in bytes where b >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: prefix.count + bytes.count) { buffer in
      var n = 0
      for b in prefix {
        buffer[n] = b
        n += 1
      }
      let start = n
      var dash = false
      for b in bytes {
        let lower = ByteText.lower(b)
        if lower &- UInt8(ascii: "a") < 26 || lower &- UInt8(ascii: "0") < 10 {
          buffer[n] = lower
          n += 1
          dash = false
        } else if !dash && n > start {
          buffer[n] = UInt8(ascii: "-")
          n += 1
          dash = true
        }
      }
      while n > start && buffer[n - 1] == UInt8(ascii: "-") { n -= 1 }
      return n
    }
  }
}

/// Lower-case words that belong to names: the Arabic article before a hyphen ("al-Qaeda",
/// "el-Sisi") and the generation suffixes "jr." and "sr.", tested on bytes (the recognizer's
/// name rules and the surname key share these tests).
enum NameParticles {
  /// Whether `bytes` are the Arabic definite article as transliterated before a name, in lower
  /// case (with its assimilated forms): al, el, ul, ad, adh, an, ar, as, ash, at, ath, az, ed,
  /// en, er, es, et, ez.
  static func isArabicArticle(_ bytes: some Collection<UInt8>) -> Bool {
    var it = bytes.makeIterator()
    guard let a = it.next(), let b = it.next() else { return false }
    let c = it.next()
    guard it.next() == nil else { return false }
    let two: Bool
    switch a {
    case UInt8(ascii: "a"):
      switch b {
      case UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "z"): two = true
      case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "t"):
        // "ad"/"adh", "as"/"ash", "at"/"ath"
        return c == nil || c == UInt8(ascii: "h")
      default: return false
      }
    case UInt8(ascii: "e"):
      switch b {
      case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "s"),
        UInt8(ascii: "t"), UInt8(ascii: "z"):
        two = true
      default: return false
      }
    case UInt8(ascii: "u"): two = b == UInt8(ascii: "l")
    default: return false
    }
    return two && c == nil
  }

  /// Whether the lower-case bytes `a`, `b` are an article that stays inside a name before a
  /// hyphen in lower case ("al-", "el-": "Abu Bakr al-Baghdadi"); one of ``isArabicArticle(_:)``'s.
  @inline(__always) static func isInNameArticle(_ a: UInt8, _ b: UInt8) -> Bool {
    b == UInt8(ascii: "l") && (a == UInt8(ascii: "a") || a == UInt8(ascii: "e"))
  }

  /// Whether `a`, `b`, `c` spell "jr." or "sr." in any case.
  @inline(__always) static func isGenerationSuffix(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
    let a = ByteText.lower(a)
    return c == UInt8(ascii: ".") && ByteText.lower(b) == UInt8(ascii: "r")
      && (a == UInt8(ascii: "j") || a == UInt8(ascii: "s"))
  }
}
