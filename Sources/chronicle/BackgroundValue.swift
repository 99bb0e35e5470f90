import Dispatch

/// A value computed on another thread from the moment it is created; ``value`` waits for it.
///
/// `ingest` builds its extractor (the actor knowledge: the largest part of start-up) this way
/// while it opens the database and reads its first input.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  // Written once on the worker before `done.leave()`, read only after `done.wait()`.
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    done.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = work()
      self.done.leave()
    }
  }

  /// The value, once computed (waits until then).
  var value: Value {
    done.wait()
    return result!
  }
}
