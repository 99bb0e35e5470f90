import Foundation

/// A stream of articles extracted on background threads while one consumer — typically
/// the single database writer of `chronicle ingest` — takes the results in input order.
///
/// Unlike extracting batch after batch, the workers never wait for a batch boundary: they
/// pull the next submitted article as soon as they are free, so the cores stay busy while
/// the consumer stores older results. The consumer decides how far extraction may run
/// ahead (``pending``) and so bounds the memory held.
///
/// On Linux the worker threads run at a lower scheduling priority (a higher nice value)
/// than the consumer: when the consumer and a worker share a core, the consumer — the
/// stage nothing else can do in parallel — gets most of it, and the workers use the rest.
///
/// The workers can also turn each result into what the consumer needs (`Output`, see
/// ``init(extractor:published:workers:workerNice:transform:)``), so that work the consumer
/// would otherwise do alone — preparing a result's database rows — runs in parallel too.
///
/// One thread submits and takes (the owner); the workers are internal.
public final class ExtractionPipeline<Output: Sendable>: @unchecked Sendable {
  private let shared: Shared

  /// Starts `workers` extraction threads (default: one per active core), which hand over
  /// `transform` of each result.
  ///
  /// - Parameters:
  ///   - published: the publication date to use for articles without their own.
  ///   - workerNice: how much lower than the caller's the workers' priority is (Linux nice
  ///     increment; 0 keeps the same priority).
  ///   - transform: run on the worker thread after extraction.
  public init(
    extractor: Extractor, published: CivilDate? = nil,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, workerNice: Int32 = 19,
    transform: @escaping @Sendable (ExtractionResult) -> Output
  ) {
    let shared = Shared(extractor: extractor, published: published, transform: transform)
    self.shared = shared
    let count = max(1, workers)
    shared.running = count
    let caller = ThreadPriority.current()
    for n in 0..<count {
      let thread = Thread {
        // The workers go `workerNice` steps below the thread that started them.
        caller.lower(by: workerNice)
        shared.work()
      }
      thread.name = "chronicle-extract-\(n)"
      thread.start()
    }
  }

  /// Stops the workers (after the article each is extracting).
  deinit { shared.stop(wait: false) }

  /// Articles submitted and not yet taken (extracted or still waiting).
  public var pending: Int { shared.pending }

  /// Queues `article` for extraction; returns at once.
  public func submit(_ article: Article) { shared.submit(CollectionOfOne(article)) }

  /// Queues `articles` for extraction, in order, with one wake-up of the workers; returns at
  /// once.
  public func submit(contentsOf articles: some Collection<Article>) { shared.submit(articles) }

  /// Waits for the next `count` results in submission order (fewer when fewer are pending)
  /// and returns them.
  public func take(_ count: Int) -> [Output] { shared.take(count) }

  /// Waits until the next `atLeast` results (fewer when fewer are pending) are ready and
  /// returns them with the ready ones that follow, in submission order, at most `count`.
  /// Unlike ``take(_:)`` it does not wait for results that later ones could be stored
  /// without: the consumer of the last results of a stream takes them as they come.
  public func takeReady(_ count: Int, atLeast: Int) -> [Output] { shared.take(count, atLeast: atLeast) }

  /// Hands results the owner is done with to the workers, which free them between
  /// articles: freeing an article's results costs the consumer time it cannot share.
  public func recycle(_ results: consuming [Output]) { shared.recycle(results) }

  /// Stops the workers and waits for them to exit; results not taken are dropped.
  public func finish() { shared.stop(wait: true) }

  /// The state the owner and the workers share, guarded by `condition`.
  private final class Shared: @unchecked Sendable {
    let extractor: Extractor
    let published: CivilDate?
    let transform: @Sendable (ExtractionResult) -> Output
    let condition = NSCondition()
    var queue: [(index: Int, article: Article)] = []
    var queueHead = 0
    var done: [Int: Output] = [:]
    var submitted = 0
    var taken = 0
    var stopping = false
    var running = 0
    var garbage: [[Output]] = []
    /// Whether the owner waits in ``take(_:atLeast:)`` for result `taken`: only that result
    /// wakes it (a wake-up for any other would only put it back to sleep).
    var ownerWaiting = false

    init(extractor: Extractor, published: CivilDate?, transform: @escaping @Sendable (ExtractionResult) -> Output) {
      self.extractor = extractor
      self.published = published
      self.transform = transform
    }

    var pending: Int {
      condition.lock()
      defer { condition.unlock() }
      return submitted - taken
    }

    func submit(_ articles: some Collection<Article>) {
      if articles.isEmpty { return }
      condition.lock()
      for article in articles {
        queue.append((submitted, article))
        submitted += 1
      }
      // The owner does not wait while it submits: only workers wake.
      if articles.count == 1 { condition.signal() } else { condition.broadcast() }
      condition.unlock()
    }

    func take(_ count: Int, atLeast: Int? = nil) -> [Output] {
      condition.lock()
      defer { condition.unlock() }
      let n = min(count, submitted - taken)
      let least = min(n, max(1, atLeast ?? n))
      var out: [Output] = []
      out.reserveCapacity(n)
      while out.count < n {
        if let result = done.removeValue(forKey: taken) {
          out.append(result)
          taken += 1
        } else if out.count >= least {
          break
        } else {
          ownerWaiting = true
          condition.wait()
          ownerWaiting = false
        }
      }
      return out
    }

    func recycle(_ results: consuming [Output]) {
      condition.lock()
      garbage.append(results)
      condition.signal()
      condition.unlock()
    }

    func stop(wait: Bool) {
      condition.lock()
      stopping = true
      queue.removeAll()
      queueHead = 0
      condition.broadcast()
      while wait && running > 0 { condition.wait() }
      condition.unlock()
    }

    func work() {
      condition.lock()
      while true {
        if !garbage.isEmpty {
          var batch = garbage.removeLast()
          condition.unlock()
          batch = []  // the last reference: freed on this thread
          condition.lock()
          _ = batch
        } else if queueHead < queue.count {
          let (index, article) = queue[queueHead]
          queueHead += 1
          if queueHead >= 256 && queueHead * 2 >= queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
          }
          condition.unlock()
          let result = transform(extractor.extract(article, published: published))
          condition.lock()
          if !stopping { done[index] = result }
          // The owner takes results in order: only the one it waits for wakes it.
          if ownerWaiting && index == taken { condition.broadcast() }
        } else if stopping {
          break
        } else {
          condition.wait()
        }
      }
      running -= 1
      condition.broadcast()
      condition.unlock()
    }
  }
}

extension ExtractionPipeline where Output == ExtractionResult {
  /// Starts `workers` extraction threads (default: one per active core) that hand over the
  /// extraction results as they are.
  ///
  /// - Parameters:
  ///   - published: the publication date to use for articles without their own.
  ///   - workerNice: how much lower than the caller's the workers' priority is (Linux nice
  ///     increment; 0 keeps the same priority).
  public convenience init(
    extractor: Extractor, published: CivilDate? = nil,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, workerNice: Int32 = 19
  ) {
    self.init(
      extractor: extractor, published: published, workers: workers, workerNice: workerNice, transform: { $0 })
  }
}
