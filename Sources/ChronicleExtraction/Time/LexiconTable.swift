/// An immutable lexicon keyed by lower-cased words, for the temporal tagger's many questions
/// about each word near a temporal anchor.
///
/// `Dictionary<String, …>` would hash every question with a seeded SipHash; this table packs
/// the word into two integers (``ASCIIWord``: read from a small string's own two words, or
/// from its bytes) and probes a ``PackedWordTable`` of value indexes. Every key has at most
/// 15 UTF-8 bytes, so a longer word is no key. Built once, read concurrently.
final class LexiconTable<Value: Sendable>: Sendable {
  private let table: PackedWordTable<Int32>
  private let values: [Value]
  /// Every key, in no particular order.
  let keys: [String]
  /// ``ASCIIWord/layoutHolds``, read once (a global's lazy check costs a call per read).
  private let direct: Bool

  init(_ dictionary: [String: Value]) {
    var indexes: [(String, Int32)] = []
    var values: [Value] = []
    var keys: [String] = []
    indexes.reserveCapacity(dictionary.count)
    values.reserveCapacity(dictionary.count)
    keys.reserveCapacity(dictionary.count)
    for (key, value) in dictionary {
      indexes.append((key, Int32(values.count)))
      values.append(value)
      keys.append(key)
    }
    // The keys are literals of this module: short words.
    guard let table = PackedWordTable(indexes) else { preconditionFailure("a lexicon key is empty or longer than 15 bytes") }
    self.table = table
    self.values = values
    self.keys = keys
    direct = ASCIIWord.layoutHolds
  }

  /// The value stored for the packed word `word` (``ASCIIWord/unpacked`` and other words
  /// longer than 15 bytes are no key).
  @inline(__always) subscript(_ word: ASCIIWord) -> Value? {
    guard let index = table.value(word) else { return nil }
    return values[Int(index)]
  }

  /// The value stored for `word`, if any.
  subscript(_ word: String) -> Value? {
    if let packed = ASCIIWord(smallASCII: word, layoutHolds: direct) { return self[packed] }
    var copy = word
    guard let packed = copy.withUTF8({ ASCIIWord($0) }) else { return nil }
    return self[packed]
  }

  /// The value stored for `word`, if any.
  subscript(_ word: Substring) -> Value? { self[String(word)] }

  /// Whether the packed word `word` is a key.
  @inline(__always) func contains(_ word: ASCIIWord) -> Bool { self[word] != nil }

  /// Whether `word` is a key.
  func contains(_ word: String) -> Bool { self[word] != nil }

  /// Whether `word` is a key.
  func contains(_ word: Substring) -> Bool { self[String(word)] != nil }
}

extension LexiconTable where Value == Bool {
  /// A set of words.
  convenience init(_ words: Set<String>) {
    self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
  }
}
