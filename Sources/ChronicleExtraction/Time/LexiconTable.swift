/// An immutable lexicon keyed by lower-cased words, for the temporal tagger's many questions
/// about each word near a temporal anchor.
///
/// `Dictionary<String, …>` would hash every question with a seeded SipHash; this table asks the
/// actor recognizer's ``WordTable`` (FNV-1a over the UTF-8 bytes, open addressing) for the
/// word's id and reads the value at that index. Built once, read concurrently.
final class LexiconTable<Value: Sendable>: Sendable {
  private let table: WordTable
  private let values: [Value]

  init(_ dictionary: [String: Value]) {
    var table = WordTable(capacity: dictionary.count)
    var values: [Value] = []
    values.reserveCapacity(dictionary.count)
    for (key, value) in dictionary {
      _ = table.insert(key)
      values.append(value)
    }
    self.table = table
    self.values = values
  }

  /// Every key, in no particular order.
  var keys: [String] { table.words }

  /// The value stored for `word`, if any.
  subscript(_ word: String) -> Value? {
    let id = table.id(word)
    return id >= 0 ? values[Int(id)] : nil
  }

  /// The value stored for `word`, if any.
  subscript(_ word: Substring) -> Value? { self[String(word)] }

  /// The value stored for the word spelled by `bytes` (UTF-8), if any.
  @inline(__always) func value(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let id = table.id(bytes: bytes)
    return id >= 0 ? values[Int(id)] : nil
  }

  /// Whether the word spelled by `bytes` (UTF-8) is a key.
  @inline(__always) func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    table.id(bytes: bytes) >= 0
  }

  /// Whether `word` is a key.
  func contains(_ word: String) -> Bool { table.id(word) >= 0 }

  /// Whether `word` is a key.
  func contains(_ word: Substring) -> Bool { table.id(String(word)) >= 0 }
}

extension LexiconTable where Value == Bool {
  /// A set of words.
  convenience init(_ words: Set<String>) {
    self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
  }
}
