/// An immutable token trie: phrases (sequences of token keys) → values. Lookups walk one
/// hash probe per token, with no string building.
struct PhraseTrie<Value: Sendable>: Sendable {
  private struct Node: Sendable {
    var children: [String: Int32] = [:]
    var value: Value?
  }

  private var nodes: [Node] = [Node()]

  init() {}

  /// Adds `phrase`; an existing value is kept unless `replace`.
  mutating func insert(_ phrase: [String], _ value: Value, replace: Bool = false) {
    var n = 0
    for key in phrase {
      if let next = nodes[n].children[key] {
        n = Int(next)
      } else {
        nodes.append(Node())
        let index = nodes.count - 1
        nodes[n].children[key] = Int32(index)
        n = index
      }
    }
    if nodes[n].value == nil || replace { nodes[n].value = value }
  }

  func value(_ phrase: [String]) -> Value? {
    var n = 0
    for key in phrase {
      guard let next = nodes[n].children[key] else { return nil }
      n = Int(next)
    }
    return nodes[n].value
  }

  /// The longest phrase starting at `keys[start]` whose value passes `accept`: (value, end index).
  func longest(
    in keys: [String], from start: Int, accept: (Value, Int) -> Bool = { _, _ in true }
  ) -> (value: Value, end: Int)? {
    var n = 0
    var j = start
    var found: [(Value, Int)] = []
    while j < keys.count, let next = nodes[n].children[keys[j]] {
      n = Int(next)
      j += 1
      if let v = nodes[n].value { found.append((v, j)) }
    }
    for (v, end) in found.reversed() where accept(v, end) { return (v, end) }
    return nil
  }
}
