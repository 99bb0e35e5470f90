/// Errors of the event store. Descriptions are one line and say what to do.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
  /// SQLite failed: its result code, message, and the SQL that failed.
  case sqlite(path: String, code: Int32, message: String, sql: String?)
  /// The file exists but is not a Chronicle database.
  case notADatabase(path: String)
  /// The database was written by a newer Chronicle.
  case newerSchema(path: String, found: Int, supported: Int)
  /// Another process holds the write lock past the timeout.
  case busy(path: String)
  /// A document id that is not stored.
  case noSuchDocument(String)
  /// An extraction result that refers to things it does not hold (an event argument
  /// pointing past the actor mentions, …). Nothing of it was stored.
  case invalidResult(documentID: String, reason: String)

  public var description: String {
    switch self {
    case .sqlite(let path, let code, let message, let sql):
      let statement = sql.map { " in `\($0.split(whereSeparator: \.isNewline).joined(separator: " "))`" } ?? ""
      return "\(path): database error \(code): \(message)\(statement)"
    case .notADatabase(let path):
      return "\(path): not a Chronicle database; pass another --db file or move this one away"
    case .newerSchema(let path, let found, let supported):
      return "\(path): database schema version \(found) is newer than this chronicle supports (\(supported)); upgrade chronicle"
    case .busy(let path):
      return "\(path): database is locked by another writer; retry when it finishes"
    case .noSuchDocument(let id):
      return "no document '\(id)' in the database; 'chronicle timeline' lists document ids"
    case .invalidResult(let id, let reason):
      return "document '\(id)': inconsistent extraction result (\(reason)); nothing stored, report this as a bug"
    }
  }
}
