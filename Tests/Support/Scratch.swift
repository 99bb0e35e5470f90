import Foundation

/// Temporary files and directories for tests, removed when the test process exits.
///
/// Tests that hand a path to a child process, or share one directory between several
/// helpers, cannot always remove it themselves; `Scratch` remembers every path it made and
/// deletes them all from an `atexit` handler, so a test run leaves nothing in `/tmp`.
public enum Scratch {
  /// A new empty directory under the system's temporary directory, named `prefix-UUID`.
  public static func directory(_ prefix: String) throws -> URL {
    let url = path(prefix)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A new path under the system's temporary directory (`prefix-UUID` then `suffix`) that
  /// nothing exists at yet; whatever is made there is removed at exit.
  public static func path(_ prefix: String, suffix: String = "") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)\(suffix)")
    registry.add(url.path)
    return url
  }

  private static let registry = Registry()

  private final class Registry: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    private var armed = false

    func add(_ path: String) {
      lock.lock()
      defer { lock.unlock() }
      paths.append(path)
      if !armed {
        armed = true
        atexit { Scratch.registry.removeAll() }
      }
    }

    func removeAll() {
      lock.lock()
      let all = paths
      paths.removeAll()
      lock.unlock()
      for path in all { try? FileManager.default.removeItem(atPath: path) }
    }
  }
}
