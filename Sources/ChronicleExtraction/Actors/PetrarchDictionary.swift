/// Reader of PETRARCH/TABARI-style actor and agent dictionaries, so users can bring the
/// dictionaries they already maintain.
///
/// Actors: an entry line `NAME [CODE]` (words joined by `_` or spaces; a trailing `_` is
/// ignored), synonym lines `+NAME`, and code lines (indented) `[CODE]`, `[CODE <YYMMDD]`
/// (before), `[CODE >YYMMDD]` (from), `[CODE YYYYMMDD-YYYYMMDD]` (range); six-digit years
/// pivot at 50 (`950601` = 1995-06-01). `[---]` means "do not code". Alternatives
/// `[ELR/GAL]` keep the first. Agents: `PHRASE {PLURAL} [~SECTOR]` (`{}` = no plural form,
/// none = the regular `-s` plural), substitutions `!MARK! = A, B` used as `CONGRESS!PERSON!`.
/// Comments: `#` to the end of the line and `<!-- … -->` blocks.
public enum PetrarchDictionary {
  /// One logical line with its number, comments removed.
  struct Line {
    var number: Int
    var text: String
    var indented: Bool
  }

  static func lines(_ text: String) -> [Line] {
    var out: [Line] = []
    var inComment = false
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      var line = String(raw)
      if line.hasSuffix("\r") { line.removeLast() }
      // <!-- ... --> blocks (also "<! --"), possibly spanning lines.
      var kept = ""
      var rest = Substring(line)
      while !rest.isEmpty {
        if inComment {
          guard let close = rest.range(of: "-->") else {
            rest = ""
            break
          }
          rest = rest[close.upperBound...]
          inComment = false
        } else if let open = rest.range(of: "<!") {
          kept += rest[..<open.lowerBound]
          rest = rest[open.upperBound...]
          inComment = true
        } else {
          kept += rest
          rest = ""
        }
      }
      // '#' outside brackets starts a comment.
      var depth = 0
      var cut = kept.endIndex
      for i in kept.indices {
        let c = kept[i]
        if c == "[" { depth += 1 } else if c == "]" { depth = max(0, depth - 1) } else if c == "#" && depth == 0 {
          cut = i
          break
        }
      }
      let body = String(kept[..<cut])
      let indented = body.first == " " || body.first == "\t"
      let trimmed = body.trimmedOf(" \t")
      if trimmed.isEmpty { continue }
      out.append(Line(number: n, text: trimmed, indented: indented))
    }
    return out
  }

  /// "PRESIDENT_GEORGE_W._BUSH" → "PRESIDENT GEORGE W. BUSH"; words keep their capitals
  /// as written (the recognizer matches case-insensitively, except short all-caps acronyms).
  static func phrase(_ s: String) -> String {
    var words = s.replacingUnderscores.split(separator: " ").map(String.init)
    while words.last == "" { words.removeLast() }
    return words.joined(separator: " ").trimmedOf(" \t")
  }

  /// A display name for an all-caps dictionary phrase: "GEORGE W. BUSH" → "George W. Bush";
  /// acronyms ("PLO", "U.S.") and phrases already in mixed case stay as written.
  static func displayName(_ p: String) -> String {
    guard p == p.uppercased() else { return p }
    let words = p.split(separator: " ")
    return words.enumerated().map { n, w -> String in
      let letters = w.filter(\.isLetter).count
      if w.contains(".") || (words.count == 1 && letters <= 3) { return String(w) }
      if n > 0, ["OF", "THE", "AND", "FOR", "DE", "AL"].contains(String(w)) { return w.lowercased() }
      return w.prefix(1) + w.dropFirst().lowercased()
    }.joined(separator: " ")
  }

  /// Splits "NAME [CODE] [CODE2 >YYMMDD]" into the name and its bracket groups.
  static func splitBrackets(_ s: String) -> (name: String, codes: [String], ok: Bool) {
    var name = ""
    var codes: [String] = []
    var current: String? = nil
    for c in s {
      if c == "[" {
        if current != nil { return (name, codes, false) }
        current = ""
      } else if c == "]" {
        guard let cur = current else { return (name, codes, false) }
        codes.append(cur.trimmedOf(" \t"))
        current = nil
      } else if current != nil {
        current!.append(c)
      } else if codes.isEmpty {
        name.append(c)
      }
    }
    return (name.trimmedOf(" \t"), codes, current == nil)
  }

  /// A date in a restriction: YYMMDD (pivot 50) or YYYYMMDD.
  static func date(_ s: String) -> CivilDate? {
    let d = s.filter(\.isNumber)
    guard d.count == s.count, let v = Int(d) else { return nil }
    if d.count == 6 {
      let yy = v / 10_000
      return CivilDate(year: yy < 50 ? 2000 + yy : 1900 + yy, month: (v / 100) % 100, day: v % 100)
    }
    if d.count == 8 { return CivilDate(year: v / 10_000, month: (v / 100) % 100, day: v % 100) }
    return nil
  }

  /// One code block: the code (nil for `---`) and its date restriction.
  static func codeBlock(_ block: String, path: String, line: Int) throws(UserDictionaryError) -> (code: String?, from: CivilDate?, to: CivilDate?) {
    let parts = block.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let first = parts.first else {
      throw .invalid(path: path, location: "line \(line)", reason: "empty code block []")
    }
    var code: String? = String(first.split(separator: "/").first ?? "")
    if ["---", "+++", "###", ""].contains(code!) { code = nil }
    if let c = code {
      guard c.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
        throw .invalid(path: path, location: "line \(line)", reason: "'\(first)' is not a code (letters and digits)")
      }
      code = c.uppercased()
    }
    let restriction = parts.dropFirst().joined()
    guard !restriction.isEmpty else { return (code, nil, nil) }
    func bad() -> UserDictionaryError {
      .invalid(path: path, location: "line \(line)", reason: "date restriction '\(restriction)' must be <YYMMDD, >YYMMDD or YYYYMMDD-YYYYMMDD")
    }
    if restriction.hasPrefix("<") {
      guard let d = date(String(restriction.dropFirst())) else { throw bad() }
      return (code, nil, d)
    }
    if restriction.hasPrefix(">") {
      guard let d = date(String(restriction.dropFirst())) else { throw bad() }
      return (code, d.adding(days: 1), nil)
    }
    let range = restriction.split(separator: "-").map(String.init)
    guard range.count == 2, let a = date(range[0]), let b = date(range[1]) else { throw bad() }
    return (code, a, b.adding(days: 1))
  }

  /// Parses a PETRARCH actors dictionary.
  public static func parseActors(_ text: String, path: String) throws(UserDictionaryError) -> UserDictionary {
    var actors: [UserDictionary.Actor] = []
    var name: String? = nil
    var nameLine = 0
    var synonyms: [String] = []
    var blocks: [(code: String?, from: CivilDate?, to: CivilDate?)] = []

    func flush() {
      guard let n = name else { return }
      defer {
        name = nil
        synonyms = []
        blocks = []
      }
      // Entries without any usable code ("[---]") are not coded: nothing to add.
      let undated = blocks.last { $0.from == nil && $0.to == nil && $0.code != nil }
      let dated = blocks.filter { ($0.from != nil || $0.to != nil) && $0.code != nil }
      guard undated != nil || !dated.isEmpty else { return }
      var actor = UserDictionary.Actor(name: displayName(n), code: undated?.code, aliases: [n] + synonyms, origin: "\(path):\(nameLine)")
      actor.roles = dated.map { UserDictionary.Role(title: "", code: $0.code!, from: $0.from, to: $0.to) }
      if !dated.isEmpty { actor.type = .person }
      actors.append(actor)
    }

    for line in lines(text) {
      let t = line.text
      if t.hasPrefix("+") {
        guard name != nil else {
          throw .invalid(path: path, location: "line \(line.number)", reason: "synonym '\(t)' before any actor entry")
        }
        let parts = splitBrackets(String(t.dropFirst()))
        let p = phrase(parts.name)
        if !p.isEmpty { synonyms.append(p) }
        for b in parts.codes { blocks.append(try codeBlock(b, path: path, line: line.number)) }
        continue
      }
      if t.hasPrefix("[") || (line.indented && name != nil && t.contains("[")) {
        guard name != nil else {
          throw .invalid(path: path, location: "line \(line.number)", reason: "code '\(t)' before any actor entry")
        }
        let parts = splitBrackets(t)
        guard parts.ok, !parts.codes.isEmpty else {
          throw .invalid(path: path, location: "line \(line.number)", reason: "unbalanced brackets in '\(t)'")
        }
        for b in parts.codes { blocks.append(try codeBlock(b, path: path, line: line.number)) }
        continue
      }
      flush()
      let parts = splitBrackets(t)
      guard parts.ok else {
        throw .invalid(path: path, location: "line \(line.number)", reason: "unbalanced brackets in '\(t)'")
      }
      let p = phrase(parts.name)
      guard !p.isEmpty else {
        throw .invalid(path: path, location: "line \(line.number)", reason: "an entry needs a name before its code")
      }
      name = p
      nameLine = line.number
      for b in parts.codes { blocks.append(try codeBlock(b, path: path, line: line.number)) }
    }
    flush()
    return UserDictionary(actors: actors)
  }

  /// Parses a PETRARCH agents dictionary.
  public static func parseAgents(_ text: String, path: String) throws(UserDictionaryError) -> UserDictionary {
    var substitutions: [String: [String]] = [:]
    var agents: [UserDictionary.Agent] = []
    for line in lines(text) {
      let t = line.text
      if t.hasPrefix("!"), let eq = t.firstIndex(of: "="), !t.contains("[") {
        let mark = t[..<eq].trimmedOf(" \t")
        substitutions[mark] = t[t.index(after: eq)...].split(separator: ",").map { $0.trimmedOf(" \t") }
          .filter { !$0.isEmpty }
        continue
      }
      var nameText = t
      var plural: String? = nil  // nil: regular plural; "": none
      if let open = t.firstIndex(of: "{"), let close = t[open...].firstIndex(of: "}") {
        plural = t[t.index(after: open)..<close].trimmedOf(" \t")
        nameText = String(t[..<open]) + String(t[t.index(after: close)...])
      }
      let parts = splitBrackets(nameText)
      guard parts.ok, let block = parts.codes.first else {
        throw .invalid(path: path, location: "line \(line.number)", reason: "an agent needs a code such as [~GOV]")
      }
      let sector = block.filter { $0 != "~" && $0 != " " && $0 != "\t" }.uppercased()
      guard !sector.isEmpty, sector.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
        throw .invalid(path: path, location: "line \(line.number)", reason: "'[\(block)]' is not an agent code such as [~GOV]")
      }
      var forms: [String] = []
      let expanded = expand(parts.name, substitutions)
      // Substitution lists spell their plurals out ("MAN, MEN").
      let substituted = expanded != [parts.name]
      for name in expanded {
        let p = phrase(name)
        guard !p.isEmpty else { continue }
        forms.append(p)
        if plural == nil, !substituted {
          forms.append(regularPlural(p))
        } else if let pl = plural, !pl.isEmpty {
          forms.append(contentsOf: expand(pl, substitutions).map(phrase))
        }
      }
      guard !forms.isEmpty else {
        throw .invalid(path: path, location: "line \(line.number)", reason: "an agent entry needs a phrase before its code")
      }
      agents.append(UserDictionary.Agent(phrases: forms, code: sector))
    }
    return UserDictionary(agents: agents)
  }

  /// Expands `!MARK!` substitutions ("CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN…).
  static func expand(_ s: String, _ subs: [String: [String]]) -> [String] {
    guard let open = s.firstIndex(of: "!"), let close = s[s.index(after: open)...].firstIndex(of: "!") else { return [s] }
    let mark = String(s[open...close])
    guard let values = subs[mark] else { return [s] }
    let head = String(s[..<open])
    let tail = String(s[s.index(after: close)...])
    return values.flatMap { expand(head + $0 + tail, subs) }
  }

  /// The regular plural of a phrase's last word ("DIPLOMAT" → "DIPLOMATS", "AUTHORITY" → "AUTHORITIES").
  static func regularPlural(_ p: String) -> String {
    let lower = p.lowercased()
    let upper = p == p.uppercased()
    func cased(_ s: String) -> String { upper ? s.uppercased() : s }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return String(p.dropLast()) + cased("ies")
    }
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
      return p + cased("es")
    }
    if lower.hasSuffix("man") { return String(p.dropLast(2)) + cased("en") }
    return p + cased("s")
  }
}

extension String {
  var replacingUnderscores: String {
    String(map { $0 == "_" ? " " : $0 })
  }

  func trimmedOf(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return String(s)
  }
}

extension Substring {
  func trimmedOf(_ set: String) -> String { String(self).trimmedOf(set) }
}
