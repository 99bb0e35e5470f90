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
  /// No stored actor has this id, name or alias; `nearMatches` are names that come close.
  case noSuchActor(name: String, nearMatches: [String])
  /// Several stored actors answer to this name (as `Name [id]`): name one by its id.
  case ambiguousActor(name: String, candidates: [String])
  /// A merge of an actor into itself (both names designate actor `id`).
  case sameActor(_ name: String, _ id: String)
  /// A rename to a name that another actor (`Name [id]`) has.
  case nameTaken(name: String, actor: String)
  /// A correction id that is not recorded.
  case noSuchCorrection(Int64)
  /// A correction that cannot be made as given (empty name, malformed code).
  case invalidCorrection(String)

  /// `true` for errors in what the user asked for (exit code 65), `false` for database
  /// and I/O failures (74).
  public var isBadInput: Bool {
    switch self {
    case .noSuchActor, .ambiguousActor, .sameActor, .nameTaken, .noSuchCorrection, .invalidCorrection: return true
    default: return false
    }
  }

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
    case .noSuchActor(let name, let near):
      let hint = near.isEmpty ? "" : "; near matches: " + near.joined(separator: ", ")
      return "no actor '\(name)' in the database\(hint); 'chronicle actors' lists the stored actors"
    case .ambiguousActor(let name, let candidates):
      return "'\(name)' names \(candidates.count) actors (\(candidates.joined(separator: ", "))); name one by its id"
    case .sameActor(let name, let id):
      return "'\(name)' and the merge target are the same actor [\(id)]; nothing to merge"
    case .nameTaken(let name, let actor):
      return "another actor is already called '\(name)' (\(actor)); merge the two with 'chronicle actors merge' instead"
    case .noSuchCorrection(let id):
      return "no correction \(id) in the database; 'chronicle actors corrections' lists them"
    case .invalidCorrection(let reason):
      return "\(reason)"
    }
  }
}
