import Testing

@testable import ChronicleExtraction

/// Walks that find more phrases than a ``PhraseTrie/Path`` keeps inline (eight).
@Suite struct PhraseTrieTests {
  /// Phrases 1, 1 2, 1 2 3, … 1 … 12: a walk along `words` passes all of them.
  static func nested(_ n: Int32) -> PhraseTrie<Int32> {
    var trie = PhraseTrie<Int32>()
    for length in 1...n { trie.insert(Array(1...length), length * 10) }
    return trie
  }

  @Test func longestOfManyNestedPhrases() {
    let trie = Self.nested(12)
    let words: [Int32] = Array(1...12) + [99]
    #expect(trie.longest(in: words, from: 0)?.value == 120)
    #expect(trie.longest(in: words, from: 0)?.end == 12)
    // Every phrase along the walk, the ninth and later ones included.
    let path = trie.path(in: words, from: 0)
    #expect(path.count == 12)
    #expect((0..<12).map { trie.candidate(path, $0, in: words).value } == (1...12).map { $0 * 10 })
    #expect((0..<12).map { trie.candidate(path, $0, in: words).end } == Array(1...12))
    // An acceptance test that skips the longest phrases.
    #expect(trie.longest(in: words, from: 0, accept: { value, _ in value <= 90 })?.end == 9)
  }
}
