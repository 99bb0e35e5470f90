import Testing

@testable import ChronicleExtraction

/// The shortcuts that build the built-in knowledge quickly must read the tables exactly as the
/// general (character-based, analyzer-based) code does.
@Suite struct ActorKnowledgeBuildTests {
  static let tables: [(String, String)] = [
    ("titles", ActorData.titles), ("people", ActorData.people), ("morePeople", ActorData.morePeople),
    ("organizations", ActorData.organizations), ("countries", ActorData.countries), ("places", ActorData.places),
    ("agents", ActorData.agents), ("givenNames", ActorData.givenNames), ("nonNames", ActorData.nonNames),
    ("organizationWords", ActorData.organizationWords), ("placeWords", ActorData.placeWords),
    ("nameConnectors", ActorData.nameConnectors), ("femaleNames", ActorData.femaleNames),
  ]

  @Test(arguments: tables.map(\.0))
  func tablesSplitAsBytesLikeAsCharacters(name: String) {
    let table = Self.tables.first { $0.0 == name }!.1
    #expect(ActorKnowledge.tableLines(table).map(String.init) == table.split(separator: "\n").map(String.init))
    #expect(ActorKnowledge.words(table) == table.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    // Nothing that could join a separator into a larger character.
    let joining = table.unicodeScalars.filter {
      (0x300...0x36F).contains($0.value) || $0.value == 0x200D || $0.value == 0xFE0F || $0 == "\r"
    }
    #expect(joining.isEmpty)
    for line in ActorKnowledge.tableLines(table) {
      let bytes = line.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        .map(ActorKnowledge.trimmed)
      let characters = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
      #expect(bytes == characters)
    }
  }

  /// Every field, alias and role title of the tables: its key without the analyzer, when the
  /// shortcut applies, is the analyzer's key.
  @Test(arguments: tables.map(\.0))
  func simpleKeysMatchTheAnalyzer(name: String) {
    let table = Self.tables.first { $0.0 == name }!.1
    var phrases: Set<String> = []
    for piece in table.split(whereSeparator: { "\n|;:".contains($0) }) {
      phrases.insert(String(piece).trimmingSpaces)
    }
    var simple = 0
    for phrase in phrases {
      guard let key = TextKeys.simpleKey(of: phrase) else { continue }
      simple += 1
      #expect(key == TextKeys.analyzedKey(of: phrase), "\(phrase)")
    }
    #expect(simple > 0 || phrases.count < 5)
  }

  @Test(arguments: [
    "Joe Biden", "  the White House ", "UNITED NATIONS", "a", "", "   ", "O'Brien", "U.S.", "al-Assad", "Benítez", "St. Louis",
    "Mr Smith", "x y  z",
  ])
  func simpleKeyIsTheAnalyzersOrNothing(phrase: String) {
    if let key = TextKeys.simpleKey(of: phrase) {
      #expect(key == TextKeys.analyzedKey(of: phrase))
    } else {
      #expect(phrase.utf8.contains { !($0 == 0x20 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A)) })
    }
  }

  @Test(arguments: ["The Hague", "the Kremlin", "THE FED", "Theodore", "the", "thé x", "Tehran", "the  x"])
  func startsWithTheLikeLowercasedPrefix(alias: String) {
    #expect(ActorKnowledge.startsWithThe(alias) == alias.lowercased().hasPrefix("the "))
  }
}

extension ActorKnowledgeBuildTests {
  @Test(arguments: ["", "|", "a||b|", " x | y ;z", "||", "é|ü|", "one"])
  func piecesSplitLikeTheUTF8View(text: String) {
    let sub = Substring(text)
    for keep in [false, true] {
      let expected = text.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: !keep).map { String(Substring($0)) }
      #expect(ActorKnowledge.pieces(sub, keepEmpty: keep) { $0 == UInt8(ascii: "|") }.map(String.init) == expected)
    }
  }
}

extension ActorKnowledgeBuildTests {
  /// The byte-wise slug of ASCII names is the scalar-wise one; other text falls back to it.
  @Test(arguments: [
    "", "Joe Biden", "  Acme -- Corp.  ", "U.S. Department of State", "al-Qassam Brigades", "---", "X", "9/11 Commission",
    "Mr. O'Neil Jr.", "ABC123 def", "trailing-", "-leading", "tab\tand\nnewline",
  ])
  func asciiSlugIsTheUnicodeSlug(name: String) {
    #expect(TextKeys.asciiSlug(name) == TextKeys.unicodeSlug(name))
    #expect(TextKeys.slug(name) == TextKeys.unicodeSlug(name))
  }

  @Test(arguments: ["Benítez", "N’Djamena", "São Paulo", "Zürich AG"])
  func slugOfOtherTextIsTheUnicodeSlug(name: String) {
    #expect(TextKeys.asciiSlug(name) == nil)
    #expect(TextKeys.slug(name) == TextKeys.unicodeSlug(name))
  }
}

extension ActorKnowledgeBuildTests {
  /// The recognizer compares word ids instead of keys: every key word has its own id.
  @Test func keyWordsAreInTheVocabulary() {
    let k = ActorKnowledge.shared
    let ids = k.keyWords
    let expected: [(String, Int32)] = [
      ("the", ids.the), ("of", ids.of), ("in", ids.in), ("from", ids.from), ("former", ids.former),
      ("'s", ids.possessive), ("'", ids.apostrophe),
    ]
    for (word, id) in expected {
      #expect(id >= 0)
      #expect(k.vocabulary.id(word) == id)
    }
    #expect(Set(expected.map(\.1)).count == expected.count)
  }
}

extension ActorKnowledgeBuildTests {
  @Test(arguments: ["", "|", "a||b|", " x | y ;z", "||", "é|ü|", "one", " ; a ;; b ; ", "  ", "a;b|c;d"])
  func trimmedPiecesAreThePiecesTrimmed(text: String) {
    for separator in [UInt8(ascii: "|"), UInt8(ascii: ";")] {
      let sub = Substring(text)
      let fields = ActorKnowledge.pieces(sub, keepEmpty: true) { $0 == separator }.map { ActorKnowledge.trimmed($0.utf8) }
      #expect(ActorKnowledge.trimmedPieces(sub, separator: separator, keepEmpty: true) == fields)
      let list = ActorKnowledge.pieces(sub) { $0 == separator }.map { ActorKnowledge.trimmed($0.utf8) }.filter { !$0.isEmpty }
      #expect(ActorKnowledge.trimmedPieces(sub, separator: separator, keepEmpty: false) == list)
    }
  }

  @Test(arguments: ["", ":", "President:GOV:2021-01-20:", "a::b:", "é:ü", "one"])
  func bytePiecesSplitLikeTheUTF8View(text: String) {
    let expected = text.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    #expect(ActorKnowledge.bytePieces(text, separator: UInt8(ascii: ":")) == expected)
  }

  @Test(arguments: [[], [""], ["a"], ["", "b"], ["white", "house"], ["é", "ü", "x"], ["a", "", "c"]])
  func joinedKeysLikeJoined(tokens: [String]) {
    #expect(TextKeys.joined(tokens) == tokens.joined(separator: " "))
  }

  /// The byte test of capitals agrees with the character test, on the tables' aliases too.
  @Test(arguments: tables.map { $0.0 })
  func shortCapitalsLikeCharacters(name: String) {
    let table = Self.tables.first { $0.0 == name }!.1
    var phrases: Set<String> = [
      "US", "WHO", "NATO", "Nato", "U.S.", "UNITED", "UNITEDX", "us", "É", "ÉU", "ÉTAT", "12", "A1", "", "G-20",
      "ÖSTERREICH", "ÉTATSX", "ÇA", "Ça",
    ]
    for piece in table.split(whereSeparator: { "\n|;".contains($0) }) { phrases.insert(String(piece).trimmingSpaces) }
    for alias in phrases {
      let expected = alias.count <= 6 && !alias.contains { $0.isLowercase } && alias.contains { $0.isUppercase }
      #expect(ActorKnowledge.isShortCapitals(alias) == expected, "\(alias)")
    }
  }
}
