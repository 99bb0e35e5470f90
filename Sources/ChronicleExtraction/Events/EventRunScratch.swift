import Foundation

/// The scratch objects of an ``EventRun`` (its ``SentenceLex``, ``SentenceScratch`` and
/// ``TriggerScratch``), kept from run to run: a document's run takes a set from a shared
/// pool and gives it back when done, so that their arrays, grown to the longest sentence
/// seen, are not allocated and grown again for every document. Each holds only what the
/// sentence being processed writes before it reads (see each type), so a set used before
/// gives the same results as a new one. A set is used by one run at a time.
final class EventRunScratch: @unchecked Sendable {
  let lex = SentenceLex()
  let sentence = SentenceScratch()
  let trigger = TriggerScratch()

  /// The sets not in use (at most ``poolLimit``), under ``lock``.
  nonisolated(unsafe) private static var pool: [EventRunScratch] = []
  private static let lock = NSLock()
  /// More sets than threads extracting at once are dropped.
  private static let poolLimit = 64

  /// A set from the pool, else a new one.
  static func take() -> EventRunScratch {
    lock.lock()
    defer { lock.unlock() }
    return pool.popLast() ?? EventRunScratch()
  }

  /// Gives back a set taken with ``take()`` (no longer used by its run).
  static func give(_ scratch: EventRunScratch) {
    lock.lock()
    defer { lock.unlock() }
    if pool.count < poolLimit { pool.append(scratch) }
  }
}
