/// An immutable set of lower-case words for the event extractor's lexicons.
///
/// The extractor asks a dozen word classes about every token and its neighbours; with
/// `Set<String>` each question costs a seeded SipHash of the word. This set answers ASCII
/// words from a ``LexiconTable`` (FNV-1a over the bytes, byte comparison) and leaves any other
/// word to the `Set<String>` it keeps, so the answers are exactly those of `Set<String>`
/// (whose equality is Unicode canonical equivalence). Built once, read concurrently.
struct EventWordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// The members, for iteration and non-ASCII questions.
  let members: Set<String>
  private let table: LexiconTable<Bool>

  init(_ members: Set<String>) {
    self.members = members
    self.table = LexiconTable(members)
  }

  init(arrayLiteral elements: String...) {
    self.init(Set(elements))
  }

  /// Whether `word` is a member.
  @inline(__always) func contains(_ word: String) -> Bool {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return members.contains(word) }
      return table.contains(bytes: bytes)
    }
  }

  /// The members and those of `other`.
  func union(_ other: EventWordSet) -> EventWordSet { EventWordSet(members.union(other.members)) }

  func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

  var count: Int { members.count }
}

/// An immutable map from lower-case words to values, with the lookups of ``EventWordSet``: ASCII
/// words through a ``LexiconTable``, any other word through the dictionary it keeps.
struct EventWordMap<Value: Sendable>: Sendable {
  /// The entries, for non-ASCII questions.
  let dictionary: [String: Value]
  private let table: LexiconTable<Value>

  init(_ dictionary: [String: Value]) {
    self.dictionary = dictionary
    self.table = LexiconTable(dictionary)
  }

  /// The value stored for `word`, if any.
  @inline(__always) subscript(_ word: String) -> Value? {
    var copy = word
    return copy.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return dictionary[word] }
      return table.value(bytes: bytes)
    }
  }
}

extension EventLexicon {
  /// ``eventNouns`` as a ``EventWordMap``, for the per-token lookups.
  static let eventNounMap = EventWordMap(eventNouns)
}
