import Foundation

/// Input files read and parsed on a thread of their own, ahead of the consumer that submits
/// their articles to an ``ExtractionPipeline`` (`chronicle ingest`).
///
/// Reading a file (and parsing a large JSON Lines file) on the thread that also stores the
/// results would pause the writer, and at start-up it keeps the extraction workers waiting
/// for the whole first file. The feed reads the files in order on another thread and hands
/// them over as ``Event``s:
///
/// - A JSON Lines file that ``ArticleReader/read(path:parts:)`` reads whole comes as
///   ``Event/early(_:)`` articles, a slice of lines at a time as they are parsed, then one
///   ``Event/part(_:)`` with the file's warnings and problems (and no articles). The articles
///   are those of ``ArticleReader/read(path:)`` in the same order, and the warnings and
///   problems the same (the file is decoded whole first; its lines are read independently,
///   with their own line numbers), so a consumer that prints the warnings and problems before
///   it stores any of the file's articles prints what it printed with one read — while
///   extraction of the first articles has begun.
/// - Any other file comes as the ``Event/part(_:)``s that ``ArticleReader/read(path:parts:)``
///   gives (one, or the parts of a large JSON Lines file).
/// - A file that cannot be read gives ``Event/failed(_:)`` (after the parts read before the
///   error, as with ``ArticleReader/read(path:parts:)``); every file ends with
///   ``Event/fileEnd`` unless it failed.
///
/// At most ``maxQueuedParts`` parts (or whole files) wait unconsumed, so memory stays
/// bounded as with reading on the consumer's thread. One thread consumes (``next()``).
public final class ArticleFeed: @unchecked Sendable {
  /// What the feed hands over, in file order.
  public enum Event: Sendable {
    /// Articles of the current file, before its warnings and problems are known.
    case early([Article])
    /// A part of the current file (or all of it): warnings, problems and articles.
    case part(ReadResult)
    /// The current file could not be read (further); the feed goes on with the next one.
    case failed(any Error)
    /// The current file is done.
    case fileEnd
  }

  /// Parts (or whole files) read ahead of the consumer at most.
  public static let maxQueuedParts = 2
  /// About how many bytes of lines each ``Event/early(_:)`` slice holds.
  static let sliceBytes = 64 << 10

  private let condition = NSCondition()
  private var queue: [Event] = []
  private var queueHead = 0
  /// ``Event/part(_:)`` and ``Event/failed(_:)`` events queued and not yet taken.
  private var queuedParts = 0
  private var finished = false
  private var cancelled = false

  /// Starts reading `files` (in order) with `reader` on a new thread.
  public init(files: [String], reader: ArticleReader = ArticleReader()) {
    let thread = Thread { [self] in self.run(files: files, reader: reader) }
    thread.name = "chronicle-read"
    thread.start()
  }

  /// Stops reading after the event being read; events not taken are dropped.
  deinit { cancel() }

  /// The next event, waiting for it; `nil` once every file is done.
  public func next() -> Event? {
    condition.lock()
    defer { condition.unlock() }
    while queueHead == queue.count && !finished { condition.wait() }
    if queueHead == queue.count { return nil }
    let event = queue[queueHead]
    queue[queueHead] = .fileEnd  // drop the reference: the consumer owns the articles now
    queueHead += 1
    if queueHead == queue.count {
      queue.removeAll(keepingCapacity: true)
      queueHead = 0
    }
    switch event {
    case .part, .failed:
      queuedParts -= 1
      condition.broadcast()
    case .early, .fileEnd: break
    }
    return event
  }

  /// Stops the reading thread after the event it is reading.
  public func cancel() {
    condition.lock()
    cancelled = true
    queue.removeAll()
    queueHead = 0
    queuedParts = 0
    condition.broadcast()
    condition.unlock()
  }

  /// Queues `event`, first waiting while ``maxQueuedParts`` parts wait (for a part or a
  /// failure); `false` when cancelled.
  private func put(_ event: Event) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    let isPart: Bool
    switch event {
    case .part, .failed: isPart = true
    case .early, .fileEnd: isPart = false
    }
    while isPart && queuedParts >= Self.maxQueuedParts && !cancelled { condition.wait() }
    if cancelled { return false }
    queue.append(event)
    if isPart { queuedParts += 1 }
    condition.broadcast()
    return true
  }

  private func run(files: [String], reader: ArticleReader) {
    defer {
      condition.lock()
      finished = true
      condition.broadcast()
      condition.unlock()
    }
    for file in files {
      do {
        if let whole = try Self.wholeJSONLines(file) {
          guard try readInSlices(whole, path: file) else { return }
        } else {
          var stopped = false
          try reader.read(path: file) { part in
            if !stopped && !put(.part(part)) { stopped = true }
          }
          if stopped { return }
        }
      } catch {
        guard put(.failed(error)) else { return }
        continue
      }
      guard put(.fileEnd) else { return }
    }
  }

  /// The bytes of `path` when it is a JSON Lines file that ``ArticleReader/read(path:parts:)``
  /// reads whole, else `nil`.
  private static func wholeJSONLines(_ path: String) throws(InputError) -> [UInt8]? {
    guard ArticleReader.format(forPath: path) == .jsonl, try FileAccess.kind(path) == .file else { return nil }
    if let size = FileAccess.size(path), size > ArticleReader.streamingThreshold { return nil }
    return try FileAccess.contents(path)
  }

  /// Reads a whole JSON Lines file as ``ArticleReader/read(bytes:path:format:)`` does, its
  /// articles handed over a slice of lines at a time; `false` when cancelled.
  private func readInSlices(_ raw: [UInt8], path: String) throws(InputError) -> Bool {
    let decoded = try InputDecoding.decode(raw, path: path)
    let read = ArticleReader.readJSONLines(decoded.bytes, path: path, sliceBytes: Self.sliceBytes) {
      put(.early($0))
    }
    guard var result = read else { return false }
    result.warnings = decoded.warnings + result.warnings
    return put(.part(result))
  }
}
