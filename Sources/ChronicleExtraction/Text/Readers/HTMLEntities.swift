/// Decoding of HTML/XML character references: the common named entities
/// (Latin-1, typographic punctuation, arrows, Greek letters, math signs) and
/// numeric references in decimal and hex.
///
/// Numeric references follow the HTML rules: `&#0;`, surrogates and values past
/// U+10FFFF become U+FFFD, and 128–159 are read as Windows-1252 (`&#146;` → ’),
/// as browsers do. Unknown names are left as they are.
public enum HTMLEntities {
  /// `s` with every character reference decoded.
  public static func decode(_ s: String) -> String {
    guard ByteText.contains(UInt8(ascii: "&"), in: s) else { return s }
    let bytes = Array(s.utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { p in
      var i = 0
      while i < p.count {
        if p[i] == UInt8(ascii: "&"), let next = decode(p, at: i, end: p.count, into: &out) {
          i = next
        } else {
          out.append(p[i])
          i += 1
        }
      }
    }
    return ByteText.string(out)
  }

  /// Decodes the reference starting at `p[i]` (which is `&`), appending its UTF-8
  /// bytes to `out`; returns the index after it, or `nil` (and appends nothing)
  /// when no known reference starts there.
  static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, into out: inout [UInt8]) -> Int? {
    var j = i + 1
    guard j < end else { return nil }
    if p[j] == UInt8(ascii: "#") {
      j += 1
      var hex = false
      if j < end, p[j] | 0x20 == UInt8(ascii: "x") {
        hex = true
        j += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while j < end {
        let b = p[j]
        var d: UInt32
        if ByteText.isDigit(b) {
          d = UInt32(b - 0x30)
        } else if hex, (b | 0x20) >= 0x61, (b | 0x20) <= 0x66 {
          d = UInt32((b | 0x20) - 0x61 + 10)
        } else {
          break
        }
        if value < 0x11_0000 { value = value * (hex ? 16 : 10) + d }
        digits += 1
        j += 1
      }
      guard digits > 0 else { return nil }
      if j < end, p[j] == UInt8(ascii: ";") { j += 1 }
      appendScalar(numericReference(value), to: &out)
      return j
    }
    // Named reference: letters and digits, then `;` (optional for a few legacy names).
    let nameStart = j
    while j < end, j - nameStart < 32, ByteText.isAlphanumeric(p[j]) { j += 1 }
    guard j > nameStart else { return nil }
    if j < end, p[j] == UInt8(ascii: ";"), j - nameStart <= 8 {
      // The most frequent names without a dictionary lookup.
      var packed: UInt64 = 0
      for k in nameStart..<j { packed |= UInt64(p[k]) << (8 * UInt64(k - nameStart)) }
      if let value = frequent(packed) {
        out.append(contentsOf: value.utf8)
        return j + 1
      }
    }
    let name = ByteText.string(UnsafeBufferPointer(rebasing: p[nameStart..<j]))
    if j < end, p[j] == UInt8(ascii: ";") {
      guard let value = named[name] else { return nil }
      out.append(contentsOf: value.utf8)
      return j + 1
    }
    // Without `;`, only the legacy names count, also as a prefix ("&lt3" → "<3").
    let bytes = Array(name.utf8)
    for length in stride(from: min(bytes.count, 4), through: 2, by: -1) {
      let prefix = String(decoding: bytes[0..<length], as: UTF8.self)
      guard legacy.contains(prefix), let value = named[prefix] else { continue }
      let after = nameStart + length
      if length == bytes.count, after < end, p[after] == UInt8(ascii: "=") { return nil }
      out.append(contentsOf: value.utf8)
      return after
    }
    return nil
  }

  /// Frequent entity names packed little-endian into an integer.
  @inline(__always) static func frequent(_ packed: UInt64) -> String? {
    switch packed {
    case 0x706D61: return "&"  // amp
    case 0x746C: return "<"  // lt
    case 0x7467: return ">"  // gt
    case 0x746F7571: return "\""  // quot
    case 0x736F7061: return "'"  // apos
    case 0x7073626E: return "\u{A0}"  // nbsp
    case 0x687361646D: return "—"  // mdash
    case 0x687361646E: return "–"  // ndash
    case 0x6F75717372: return "’"  // rsquo
    case 0x6F7571736C: return "‘"  // lsquo
    case 0x6F7571646C: return "“"  // ldquo
    case 0x6F75716472: return "”"  // rdquo
    case 0x70696C6C6568: return "…"  // hellip
    default: return nil
    }
  }

  static func numericReference(_ value: UInt32) -> Unicode.Scalar {
    if value >= 0x80 && value <= 0x9F { return windows1252[Int(value - 0x80)] }
    if value == 0 { return "\u{FFFD}" }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  static func appendScalar(_ c: Unicode.Scalar, to out: inout [UInt8]) {
    let v = c.value
    switch v {
    case 0..<0x80:
      out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (v >> 6)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x1_0000:
      out.append(UInt8(0xE0 | (v >> 12)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (v >> 18)))
      out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (v & 0x3F)))
    }
  }

  /// Windows-1252 characters for bytes 0x80–0x9F (undefined ones keep their C1 code point).
  static let windows1252: [Unicode.Scalar] = [
    "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
    "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
  ]

  /// Names that browsers also accept without the closing `;`.
  static let legacy: Set<String> = [
    "amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT", "nbsp", "copy", "COPY", "reg", "REG",
  ]

  static let named: [String: String] = [
    // Markup-significant.
    "amp": "&", "AMP": "&", "lt": "<", "LT": "<", "gt": ">", "GT": ">", "quot": "\"", "QUOT": "\"",
    "apos": "'",
    // Latin-1 supplement.
    "nbsp": "\u{A0}", "iexcl": "¡", "cent": "¢", "pound": "£", "curren": "¤", "yen": "¥",
    "brvbar": "¦", "sect": "§", "uml": "¨", "copy": "©", "COPY": "©", "ordf": "ª", "laquo": "«",
    "not": "¬", "shy": "\u{AD}", "reg": "®", "REG": "®", "macr": "¯", "deg": "°", "plusmn": "±",
    "sup2": "²", "sup3": "³", "acute": "´", "micro": "µ", "para": "¶", "middot": "·", "cedil": "¸",
    "sup1": "¹", "ordm": "º", "raquo": "»", "frac14": "¼", "frac12": "½", "frac34": "¾",
    "iquest": "¿", "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä",
    "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê",
    "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ",
    "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "times": "×",
    "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý",
    "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
    "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é",
    "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð",
    "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö",
    "divide": "÷", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
    "yacute": "ý", "thorn": "þ", "yuml": "ÿ",
    // Latin Extended.
    "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ",
    "Zcaron": "Ž", "zcaron": "ž", "Ccaron": "Č", "ccaron": "č", "Lstrok": "Ł", "lstrok": "ł",
    "Nacute": "Ń", "nacute": "ń", "Sacute": "Ś", "sacute": "ś", "Zacute": "Ź", "zacute": "ź",
    "Zdot": "Ż", "zdot": "ż", "Scedil": "Ş", "scedil": "ş", "Gbreve": "Ğ", "gbreve": "ğ",
    "inodot": "ı", "Idot": "İ", "Rcaron": "Ř", "rcaron": "ř", "Ecaron": "Ě", "ecaron": "ě",
    "circ": "ˆ", "tilde": "˜",
    // Spaces and punctuation.
    "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}",
    "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
    "ndash": "–", "mdash": "—", "horbar": "―", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
    "ldquo": "“", "rdquo": "”", "bdquo": "„", "dagger": "†", "Dagger": "‡", "bull": "•",
    "bullet": "•", "hellip": "…", "mldr": "…", "permil": "‰", "prime": "′", "Prime": "″",
    "lsaquo": "‹", "rsaquo": "›", "oline": "‾", "frasl": "⁄", "euro": "€", "trade": "™",
    "TRADE": "™", "hyphen": "‐", "dash": "‐", "numsp": "\u{2007}", "puncsp": "\u{2008}",
    "NoBreak": "\u{2060}", "ZeroWidthSpace": "\u{200B}", "period": ".", "comma": ",",
    "colon": ":", "semi": ";", "excl": "!", "quest": "?", "num": "#", "dollar": "$",
    "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*", "plus": "+", "sol": "/", "bsol": "\\",
    "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]", "lcub": "{", "rcub": "}",
    "lbrace": "{", "rbrace": "}", "verbar": "|", "vert": "|", "equals": "=", "commat": "@",
    "Hat": "^", "lowbar": "_", "grave": "`", "half": "½", "star": "☆", "starf": "★",
    "check": "✓", "cross": "✗", "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥",
    "diams": "♦",
    // Arrows.
    "larr": "←", "uarr": "↑", "rarr": "→", "darr": "↓", "harr": "↔", "crarr": "↵", "lArr": "⇐",
    "uArr": "⇑", "rArr": "⇒", "dArr": "⇓", "hArr": "⇔",
    // Math.
    "minus": "−", "lowast": "∗", "radic": "√", "prop": "∝", "infin": "∞", "ang": "∠", "and": "∧",
    "or": "∨", "cap": "∩", "cup": "∪", "int": "∫", "there4": "∴", "sim": "∼", "cong": "≅",
    "asymp": "≈", "ne": "≠", "equiv": "≡", "le": "≤", "ge": "≥", "sub": "⊂", "sup": "⊃",
    "nsub": "⊄", "sube": "⊆", "supe": "⊇", "oplus": "⊕", "otimes": "⊗", "perp": "⊥",
    "sdot": "⋅", "forall": "∀", "part": "∂", "exist": "∃", "empty": "∅", "nabla": "∇",
    "isin": "∈", "notin": "∉", "ni": "∋", "prod": "∏", "sum": "∑", "lceil": "⌈", "rceil": "⌉",
    "lfloor": "⌊", "rfloor": "⌋", "lang": "⟨", "rang": "⟩", "weierp": "℘", "image": "ℑ",
    "real": "ℜ", "alefsym": "ℵ", "pm": "±",
    // Greek.
    "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ",
    "Eta": "Η", "Theta": "Θ", "Iota": "Ι", "Kappa": "Κ", "Lambda": "Λ", "Mu": "Μ", "Nu": "Ν",
    "Xi": "Ξ", "Omicron": "Ο", "Pi": "Π", "Rho": "Ρ", "Sigma": "Σ", "Tau": "Τ", "Upsilon": "Υ",
    "Phi": "Φ", "Chi": "Χ", "Psi": "Ψ", "Omega": "Ω", "alpha": "α", "beta": "β", "gamma": "γ",
    "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι",
    "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
    "rho": "ρ", "sigmaf": "ς", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "chi": "χ",
    "psi": "ψ", "omega": "ω", "thetasym": "ϑ", "upsih": "ϒ", "piv": "ϖ",
  ]
}
