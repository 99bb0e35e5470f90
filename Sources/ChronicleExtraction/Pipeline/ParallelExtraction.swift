import Dispatch

extension Extractor {
  /// Extracts many articles on every core; results come back in input order.
  public func extract(batch articles: [Article], published override: CivilDate? = nil) -> [ExtractionResult] {
    extract(batch: articles, published: override) { $0 }
  }

  /// Extracts many articles on every core and passes each result through `transform` on
  /// the thread that extracted it (e.g. to render it: the rendering runs in parallel too,
  /// and the full results need not all be held at once); outputs come back in input order.
  public func extract<Output: Sendable>(
    batch articles: [Article], published override: CivilDate? = nil,
    then transform: @Sendable (ExtractionResult) -> Output
  ) -> [Output] {
    guard articles.count > 1 else { return articles.map { transform(extract($0, published: override)) } }
    let results = ResultSlots<Output>(count: articles.count)
    DispatchQueue.concurrentPerform(iterations: articles.count) { index in
      results.set(index, transform(extract(articles[index], published: override)))
    }
    return results.values()
  }
}

/// Write-once slots filled from concurrent iterations, each index by exactly one thread.
///
/// The storage is allocated once and written through a raw buffer, so concurrent writes to
/// distinct indexes never touch shared Swift array state (no exclusivity or copy-on-write
/// race); `values()` runs after `concurrentPerform` has returned.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Value) { slots[index] = value }

  func values() -> [Value] { slots.map { $0! } }
}
