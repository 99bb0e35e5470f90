import Foundation

@testable import ChronicleExtraction

/// Reads `text` from memory as if it were the file `name`.
func readArticles(_ text: String, name: String = "article.txt", format: ArticleFormat? = nil) throws(InputError)
  -> ReadResult
{
  try ArticleReader().read(bytes: Array(text.utf8), path: name, format: format)
}

/// Reads `text` and returns its only article.
func readArticle(_ text: String, name: String = "article.txt", format: ArticleFormat? = nil) throws -> Article {
  let result = try readArticles(text, name: name, format: format)
  guard result.articles.count == 1 else { throw ReaderTestFailure.articleCount(result.articles.count) }
  return result.articles[0]
}

enum ReaderTestFailure: Error { case articleCount(Int) }

/// The error `body` throws, if any.
func inputError(_ body: () throws(InputError) -> Void) -> InputError? {
  do {
    try body()
    return nil
  } catch {
    return error
  }
}

/// A fresh directory under the system's temporary directory, removed on deinit.
final class ReaderTempDirectory {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-readers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` to `name` (a relative path; parent directories are created) and returns its full path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let full = path + "/" + name
    let parent = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  func mkdir(_ name: String) throws {
    try FileManager.default.createDirectory(atPath: path + "/" + name, withIntermediateDirectories: true)
  }

  func symlink(_ name: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: destination)
  }
}
