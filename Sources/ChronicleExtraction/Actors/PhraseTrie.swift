/// The words of a set of phrases, numbered: one hash probe turns a token key into a word
/// id, which the tries below then follow with integer probes. FNV-1a over the UTF-8 bytes
/// and open addressing (Swift's `Hasher` on every token was the recognizer's largest cost).
///
/// Most token keys are small ASCII strings (at most 15 bytes, held inline in the `String`):
/// ``id(small:)`` looks their two words up (``ASCIIWord/init(smallASCII:layoutHolds:)``) in a
/// second index of the words that are ASCII of at most 15 bytes, hashed a word at a time and
/// compared as two integers, without reading the string's bytes one by one.
struct WordTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  private(set) var words: [String] = []
  private var mask: Int
  /// The second index: ids of the words that are ASCII of at most 15 bytes, placed by
  /// ``smallHash(_:)`` (same size and mask as `slots`); empty when the table keeps none.
  private var smallSlots: [Int32]
  /// Whether the table keeps the second index (only tables asked by ``id(small:)`` need it).
  private let keepsSmallIndex: Bool
  /// Per word (with the second index only): its ``SmallKey``, or ``SmallKey/none`` when it is
  /// not ASCII of at most 15 bytes.
  private var smallKeys: [SmallKey] = []

  /// A word's bytes as ``ASCIIWord`` holds them, with the byte count in the top byte of `high`.
  struct SmallKey: Equatable {
    var low: UInt64
    var high: UInt64

    @inline(__always) init(_ word: ASCIIWord) {
      low = word.low
      high = word.high | UInt64(truncatingIfNeeded: word.count) &<< 56
    }

    private init(low: UInt64, high: UInt64) {
      self.low = low
      self.high = high
    }

    /// The key of a word with no small form: equal to no ``ASCIIWord``'s (whose count of at
    /// most 15 leaves the top byte below 0x10).
    static let none = SmallKey(low: 0, high: .max)

    /// The key of `word` made from its bytes; ``none`` when it is not ASCII of at most 15 bytes.
    static func of(_ word: String) -> SmallKey {
      let bytes = Array(word.utf8)
      guard bytes.count <= 15, !bytes.contains(where: { $0 >= 0x80 }) else { return none }
      return bytes.withUnsafeBufferPointer { b in
        guard let base = b.baseAddress else { return SmallKey(low: 0, high: 0) }
        return SmallKey(ASCIIWord(base, count: b.count, readable: b.count))
      }
    }
  }

  /// A table with room for `capacity` words before it grows; `smallIndex`: it keeps the
  /// second index for ``id(small:)``.
  init(capacity: Int = 16, smallIndex: Bool = false) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    keepsSmallIndex = smallIndex
    smallSlots = smallIndex ? slots : []
    mask = size - 1
  }

  /// Number of words.
  var count: Int { words.count }

  @inline(__always) static func hash(_ word: String) -> UInt64 {
    word.utf8.withContiguousStorageIfAvailable(hash(bytes:)) ?? hash(bytes: word.utf8)
  }

  /// FNV-1a of UTF-8 bytes.
  @inline(__always) static func hash(bytes: some Sequence<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// ``hash(_:)`` of `word` when it is all ASCII, else nil (in one pass over the bytes).
  @inline(__always) static func asciiHash(_ word: String) -> UInt64? {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes {
        if b >= 0x80 { return nil }
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      }
      return h
    }
    if let answer = word.utf8.withContiguousStorageIfAvailable(scan) { return answer }
    return word.utf8.contains { $0 >= 0x80 } ? nil : hash(bytes: word.utf8)
  }

  /// The id of `word`, or -1.
  @inline(__always) func id(_ word: String) -> Int32 { id(word, hash: Self.hash(word)) }

  /// The id of `word` whose ``hash(_:)`` is `h`, or -1.
  @inline(__always) func id(_ word: String, hash h: UInt64) -> Int32 {
    var n = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while true {
      let s = slots[n]
      if s < 0 { return -1 }
      if hashes[Int(s)] == h && words[Int(s)] == word { return s }
      n = (n + 1) & mask
    }
  }

  /// The id of the word spelled by `bytes` (UTF-8), or -1.
  @inline(__always) func id(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = Self.hash(bytes: bytes)
    var n = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while true {
      let s = slots[n]
      if s < 0 { return -1 }
      if hashes[Int(s)] == h && words[Int(s)].utf8.elementsEqual(bytes) { return s }
      n = (n + 1) & mask
    }
  }

  /// The slot hash of a ``SmallKey``: both words mixed by multiplication, high bits folded down.
  @inline(__always) static func smallHash(_ key: SmallKey) -> Int {
    let x = (key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high) &* 0xC2B2_AE3D_27D4_EB4F
    return Int(truncatingIfNeeded: x ^ (x &>> 32))
  }

  /// The id of the word whose bytes `word` holds (a small ASCII token key), or -1; for a
  /// table made with `smallIndex`.
  @inline(__always) func id(small word: ASCIIWord) -> Int32 {
    precondition(keepsSmallIndex, "id(small:) asks a WordTable made with smallIndex: true")
    let key = SmallKey(word)
    var n = Self.smallHash(key) & mask
    while true {
      let s = smallSlots[n]
      if s < 0 { return -1 }
      if smallKeys[Int(s)] == key { return s }
      n = (n + 1) & mask
    }
  }

  /// ``id(small:)`` over the second index's tables read through pointers (no bounds checks,
  /// no reading of the arrays from the table for every word): for the recognizer's one probe
  /// per token. Valid only inside ``withSmallIndex(_:)``.
  struct SmallIndex {
    fileprivate let slots: UnsafePointer<Int32>
    fileprivate let keys: UnsafePointer<SmallKey>
    fileprivate let mask: Int

    /// The id of the word whose bytes `word` holds, or -1 (as ``WordTable/id(small:)``).
    @inline(__always) func id(_ word: ASCIIWord) -> Int32 {
      let key = SmallKey(word)
      var n = WordTable.smallHash(key) & mask
      while true {
        let s = slots[n]
        if s < 0 { return -1 }
        if keys[Int(s)] == key { return s }
        n = (n + 1) & mask
      }
    }
  }

  /// `body` with the second index read through pointers (``SmallIndex``); for a table made
  /// with `smallIndex`.
  @inline(__always) func withSmallIndex<R>(_ body: (SmallIndex) -> R) -> R {
    precondition(keepsSmallIndex, "withSmallIndex asks a WordTable made with smallIndex: true")
    return smallSlots.withUnsafeBufferPointer { slots in
      smallKeys.withUnsafeBufferPointer { keys in
        body(SmallIndex(slots: slots.baseAddress!, keys: keys.baseAddress!, mask: mask))
      }
    }
  }

  /// The id of `word`, adding it when new.
  mutating func insert(_ word: String) -> Int32 {
    let found = id(word)
    if found >= 0 { return found }
    if (words.count + 1) * 2 > slots.count { grow() }
    let h = Self.hash(word)
    let new = Int32(words.count)
    words.append(word)
    hashes.append(h)
    if keepsSmallIndex { smallKeys.append(SmallKey.of(word)) }
    place(new, hash: h)
    return new
  }

  /// Places word `id` in `slots`, and in `smallSlots` when it has a small form.
  private mutating func place(_ id: Int32, hash h: UInt64) {
    var n = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    while slots[n] >= 0 { n = (n + 1) & mask }
    slots[n] = id
    guard keepsSmallIndex else { return }
    let key = smallKeys[Int(id)]
    guard key != .none else { return }
    n = Self.smallHash(key) & mask
    while smallSlots[n] >= 0 { n = (n + 1) & mask }
    smallSlots[n] = id
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    if keepsSmallIndex { smallSlots = slots }
    mask = slots.count - 1
    for (n, h) in hashes.enumerated() { place(Int32(n), hash: h) }
  }
}

/// An immutable token trie: phrases (sequences of word ids of a ``WordTable``) → values.
/// Lookups walk one integer probe per token, with no string building or hashing.
struct PhraseTrie<Value: Sendable>: Sendable {
  private var values: [Value?] = [nil]
  /// Edges (node << 32 | word) → child node, open addressing; `UInt64.max` marks a free slot.
  private var edgeKeys: [UInt64] = [UInt64](repeating: .max, count: 64)
  private var edgeTargets: [Int32] = [Int32](repeating: 0, count: 64)
  private var edgeCount = 0

  init() {}

  @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private mutating func addEdge(_ node: Int, _ word: Int32, _ target: Int) {
    if (edgeCount + 1) * 2 > edgeKeys.count {
      let keys = edgeKeys
      let targets = edgeTargets
      edgeKeys = [UInt64](repeating: .max, count: keys.count * 2)
      edgeTargets = [Int32](repeating: 0, count: keys.count * 2)
      edgeCount = 0
      for (n, k) in keys.enumerated() where k != .max {
        addEdge(Int(k >> 32), Int32(truncatingIfNeeded: k & 0xFFFF_FFFF), Int(targets[n]))
      }
    }
    let key = UInt64(node) << 32 | UInt64(UInt32(word))
    let mask = edgeKeys.count - 1
    var n = Self.slot(key, mask)
    while edgeKeys[n] != .max { n = (n + 1) & mask }
    edgeKeys[n] = key
    edgeTargets[n] = Int32(target)
    edgeCount += 1
  }

  /// Adds `phrase` (word ids, none negative); an existing value is kept unless `replace`.
  mutating func insert(_ phrase: [Int32], _ value: Value, replace: Bool = false) {
    var n = 0
    for word in phrase {
      if let next = withView({ $0.child(n, word) }) {
        n = next
      } else {
        values.append(nil)
        let index = values.count - 1
        addEdge(n, word, index)
        n = index
      }
    }
    if values[n] == nil || replace { values[n] = value }
  }

  /// The phrases along the walk from one token: their ends and nodes, shortest first.
  /// Phrases are short: the first eight are kept inline, and a path holds no reference (dropping
  /// one releases nothing and needs no destroy call). Phrases past the eighth (none in the
  /// built-in tables) are only counted: ``View/candidate(_:_:in:)`` finds them again by
  /// walking on from the eighth.
  struct Path {
    fileprivate var ends: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
    fileprivate var nodes: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
    /// Number of phrases found.
    private(set) var count = 0

    /// How many phrases a path keeps inline.
    fileprivate static var inline: Int { 8 }

    @inline(__always) fileprivate mutating func append(node: Int, end: Int) {
      if count < Self.inline {
        withUnsafeMutableBytes(of: &ends) { $0.storeBytes(of: Int32(end), toByteOffset: count * 4, as: Int32.self) }
        withUnsafeMutableBytes(of: &nodes) { $0.storeBytes(of: Int32(node), toByteOffset: count * 4, as: Int32.self) }
      }
      count += 1
    }

    /// Node and end index of inline phrase `k` (0: the shortest; `k` below ``inline``).
    fileprivate func phrase(_ k: Int) -> (node: Int, end: Int) {
      var e = ends
      var n = nodes
      let end = withUnsafeBytes(of: &e) { Int($0.load(fromByteOffset: k * 4, as: Int32.self)) }
      let node = withUnsafeBytes(of: &n) { Int($0.load(fromByteOffset: k * 4, as: Int32.self)) }
      return (node, end)
    }
  }

  /// The trie's tables read through pointers (no bounds checks, no retains), for `body`.
  @inline(__always) private func withView<R>(_ body: (View) -> R) -> R {
    values.withUnsafeBufferPointer { v in
      edgeKeys.withUnsafeBufferPointer { k in
        edgeTargets.withUnsafeBufferPointer { t in
          body(View(values: v.baseAddress!, edgeKeys: k.baseAddress!, edgeTargets: t.baseAddress!, mask: k.count - 1))
        }
      }
    }
  }

  /// The value of exactly `phrase`, or nil.
  func value(_ phrase: [Int32]) -> Value? { withView { $0.value(phrase) } }

  /// The value of the one-word phrase `word`, or nil.
  func value(word: Int32) -> Value? { withView { $0.value(word: word) } }

  /// Every phrase starting at `words[start]` (see ``View/path(in:from:)``).
  func path(in words: [Int32], from start: Int) -> Path { withView { $0.path(in: words, from: start) } }

  /// Phrase `k` of `path`, the walk along `words` (see ``View/candidate(_:_:in:)``).
  func candidate(_ path: Path, _ k: Int, in words: [Int32]) -> (value: Value, end: Int) {
    withView { $0.candidate(path, k, in: words) }
  }

  /// The longest phrase starting at `words[start]` whose value passes `accept` (see
  /// ``View/longest(in:from:accept:)``).
  func longest(
    in words: [Int32], from start: Int, accept: (Value, Int) -> Bool = { _, _ in true }
  ) -> (value: Value, end: Int)? {
    withView { $0.longest(in: words, from: start, accept: accept) }
  }

  /// The lookups of a finished trie, over its tables in memory of their own (``Tables``):
  /// a view is plain pointers, so copying it retains nothing. (A trie held by a class and
  /// read from a `mutating` method retained its three arrays for every lookup.) The
  /// ``Tables`` it comes from must outlive it.
  struct View {
    fileprivate let values: UnsafePointer<Value?>
    fileprivate let edgeKeys: UnsafePointer<UInt64>
    fileprivate let edgeTargets: UnsafePointer<Int32>
    /// The number of edge slots minus one (a power of two minus one).
    fileprivate let mask: Int

    @inline(__always) fileprivate func child(_ node: Int, _ word: Int32) -> Int? {
      if word < 0 { return nil }
      let key = UInt64(node) << 32 | UInt64(UInt32(word))
      var n = PhraseTrie.slot(key, mask)
      while true {
        let k = edgeKeys[n]
        if k == key { return Int(edgeTargets[n]) }
        if k == .max { return nil }
        n = (n + 1) & mask
      }
    }

    /// The value of exactly `phrase`, or nil.
    func value(_ phrase: [Int32]) -> Value? {
      var n = 0
      for word in phrase {
        guard let next = child(n, word) else { return nil }
        n = next
      }
      return values[n]
    }

    /// The value of the one-word phrase `word`, or nil.
    @inline(__always) func value(word: Int32) -> Value? {
      guard let n = child(0, word) else { return nil }
      return values[n]
    }

    /// Every phrase starting at `words[start]`; a negative id (a word in no phrase) ends the walk.
    @inline(__always) func path(in words: [Int32], from start: Int) -> Path {
      var path = Path()
      var n = 0
      var j = start
      while j < words.count, let next = child(n, words[j]) {
        n = next
        j += 1
        if values[n] != nil { path.append(node: n, end: j) }
      }
      return path
    }

    /// Phrase `k` of `path`, the walk along `words` that ``path(in:from:)`` made (0: the
    /// shortest): its value and end index.
    @inline(__always) func candidate(_ path: Path, _ k: Int, in words: [Int32]) -> (value: Value, end: Int) {
      if k >= Path.inline { return farCandidate(path, k, in: words) }
      let (node, end) = path.phrase(k)
      // Only nodes with a value are on a path.
      return (values[node]!, end)
    }

    /// ``candidate(_:_:in:)`` past the phrases a path keeps: the walk goes on from the last
    /// one kept, counting the nodes with a value.
    private func farCandidate(_ path: Path, _ k: Int, in words: [Int32]) -> (value: Value, end: Int) {
      var (n, j) = path.phrase(Path.inline - 1)
      var found = Path.inline - 1
      while j < words.count, let next = child(n, words[j]) {
        n = next
        j += 1
        if values[n] != nil {
          found += 1
          if found == k { return (values[n]!, j) }
        }
      }
      preconditionFailure("phrase \(k) of a path of \(path.count) along other words")
    }

    /// The longest phrase starting at `words[start]` whose value passes `accept`: (value, end
    /// index). A negative id (a word in no phrase) ends the walk.
    @inline(__always) func longest(
      in words: [Int32], from start: Int, accept: (Value, Int) -> Bool = { _, _ in true }
    ) -> (value: Value, end: Int)? {
      let path = path(in: words, from: start)
      var k = path.count - 1
      while k >= 0 {
        let c = candidate(path, k, in: words)
        if accept(c.value, c.end) { return c }
        k -= 1
      }
      return nil
    }
  }

  /// The tables of a finished trie copied into memory that this object owns (and frees),
  /// for ``View``s: the knowledge keeps one per trie for the recognizer.
  final class Tables: @unchecked Sendable {
    /// Lookups over the tables, valid while this object lives.
    let view: View
    private let valueCount: Int
    private let edgeSlots: Int

    init(_ trie: PhraseTrie) {
      valueCount = trie.values.count
      edgeSlots = trie.edgeKeys.count
      let values = UnsafeMutableBufferPointer<Value?>.allocate(capacity: valueCount)
      _ = values.initialize(from: trie.values)
      let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: edgeSlots)
      _ = keys.initialize(from: trie.edgeKeys)
      let targets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: edgeSlots)
      _ = targets.initialize(from: trie.edgeTargets)
      view = View(
        values: UnsafePointer(values.baseAddress!), edgeKeys: UnsafePointer(keys.baseAddress!),
        edgeTargets: UnsafePointer(targets.baseAddress!), mask: edgeSlots - 1)
    }

    deinit {
      UnsafeMutablePointer(mutating: view.values).deinitialize(count: valueCount)
      UnsafeMutablePointer(mutating: view.values).deallocate()
      UnsafeMutablePointer(mutating: view.edgeKeys).deallocate()
      UnsafeMutablePointer(mutating: view.edgeTargets).deallocate()
    }
  }
}
