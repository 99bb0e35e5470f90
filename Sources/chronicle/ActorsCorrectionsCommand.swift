import ArgumentParser
import ChronicleExport
import ChronicleStore

/// `chronicle actors merge A B`.
struct ActorsMerge: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge actor A into actor B, now and in every later ingest.",
    discussion: """
      A and B are actor ids (country:IRN), names or aliases seen in the text (case-insensitive); \
      an alias stands for the whole actor it belongs to ('Kremlin' is Russia), and the first \
      line of the output names both actors. \
      B keeps its id, name and code; A's mentions, aliases, event roles and relation edges become \
      B's, and an edge between A and B (which would now run from B to B) is dropped, as Chronicle \
      never stores an edge from an actor to itself. The correction is kept in the database and \
      applied again whenever a document is ingested or re-ingested; 'actors corrections' lists \
      it and '--undo ID' removes it.
      """)

  @OptionGroup var database: DatabaseOptions

  @Argument(help: "The actor to merge (it disappears).")
  var actor: String

  @Argument(help: "The actor it is merged into (it stays).")
  var target: String

  func run() throws {
    try reportingErrors {
      let store = try database.openExistingForWriting()
      let outcome = try store.mergeActor(actor, into: target)
      let c = outcome.correction
      emit(
        "merged \(c.fromName) [\(c.fromActor)] into \(c.toName) [\(c.toActor)]: \(outcome.mentions) "
          + "mention\(outcome.mentions == 1 ? "" : "s") in \(outcome.documents) document\(outcome.documents == 1 ? "" : "s") "
          + "(correction \(c.id))")
    }
  }
}

/// `chronicle actors rename OLD NEW [--code CODE]`.
struct ActorsRename: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rename",
    abstract: "Rename an actor (and set its CAMEO code), now and in every later ingest.",
    discussion: """
      OLD is an actor id, name or alias (case-insensitive). With --code the actor and those of \
      its mentions that had no code or the actor's old one get CODE; codes from the context \
      (IRNGOV for 'Tehran' as a government) stay. A renamed actor counts as resolved. The \
      correction is kept in the database and applied again whenever a document is ingested or \
      re-ingested.
      """)

  @OptionGroup var database: DatabaseOptions

  @Option(help: ArgumentHelp("The CAMEO code the actor gets (USAGOV, IRNMIL…).", valueName: "code"))
  var code: String?

  @Argument(help: "The actor's id, name or alias.")
  var old: String

  @Argument(help: "The new name.")
  var new: String

  func run() throws {
    try reportingErrors {
      let store = try database.openExistingForWriting()
      let outcome = try store.renameActor(old, to: new, code: code)
      let c = outcome.correction
      emit(
        "renamed \(c.fromName) [\(c.fromActor)] to \(c.toName)\(c.code.map { ", code \($0)" } ?? ""): "
          + "\(outcome.mentions) mention\(outcome.mentions == 1 ? "" : "s") in \(outcome.documents) "
          + "document\(outcome.documents == 1 ? "" : "s") (correction \(c.id))")
    }
  }
}

/// `chronicle actors corrections [--undo ID]`.
struct ActorsCorrections: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corrections",
    abstract: "List the actor corrections (merge, rename), or remove one with --undo.",
    discussion: """
      Corrections apply in the order of their ids. --undo ID removes a correction from the \
      database: documents ingested from then on no longer get it, but the stored rows keep it \
      until the documents concerned are re-ingested. Undo lists those documents and marks them, \
      so that the next 'chronicle ingest' of their files re-extracts them instead of reporting \
      them unchanged; after that re-ingest the data is correct again.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format of the listing.")
  var format: Format = .text

  @Option(help: ArgumentHelp("Remove correction ID (see the listing).", valueName: "id"))
  var undo: Int64?

  func run() throws {
    try reportingErrors {
      if let undo {
        let store = try database.openExistingForWriting()
        let removal = try store.removeActorCorrection(id: undo)
        let c = removal.correction
        let what =
          c.kind == .merge
          ? "merge of \(c.fromName) [\(c.fromActor)] into \(c.toName) [\(c.toActor)]"
          : "rename of \(c.fromName) [\(c.fromActor)] to \(c.toName)"
        var line = "removed correction \(c.id) (\(what))"
        let stale = removal.staleDocuments
        if stale.isEmpty {
          line += "; no stored document is affected"
        } else {
          let shown = stale.prefix(10).joined(separator: ", ") + (stale.count > 10 ? ", …" : "")
          line +=
            "; re-ingest the \(stale.count) document\(stale.count == 1 ? "" : "s") concerned to drop it from "
            + "the stored data: \(shown)"
        }
        emit(line)
        return
      }
      let corrections = try database.openForReading().actorCorrections()
      switch format {
      case .text: emit(ActorCorrectionsExport.text(corrections))
      case .json: emit(ActorCorrectionsExport.json(corrections))
      }
    }
  }
}
