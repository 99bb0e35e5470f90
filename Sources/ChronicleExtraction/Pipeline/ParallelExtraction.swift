import Dispatch

extension Extractor {
  /// Extracts many articles on every core; results come back in input order.
  public func extract(batch articles: [Article], published override: CivilDate? = nil) -> [ExtractionResult] {
    guard articles.count > 1 else { return articles.map { extract($0, published: override) } }
    let results = ResultSlots(count: articles.count)
    DispatchQueue.concurrentPerform(iterations: articles.count) { index in
      results.set(index, extract(articles[index], published: override))
    }
    return results.values()
  }
}

/// Write-once slots filled from concurrent iterations, each index by exactly one thread.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [ExtractionResult?]
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ value: ExtractionResult) {
    slots.withUnsafeMutableBufferPointer { $0[index] = value }
  }
  func values() -> [ExtractionResult] { slots.map { $0! } }
}
