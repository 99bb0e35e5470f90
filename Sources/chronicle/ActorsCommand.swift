import ArgumentParser
import ChronicleExport
import ChronicleExtraction
import ChronicleStore
import Foundation

/// `chronicle actors [list|show|import]`.
struct Actors: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actors",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "List, show and extend the actors.",
    discussion: """
      'chronicle actors' (= 'actors list') lists the stored actors; 'actors show NAME' shows one \
      actor with its dictionary facts and mentions; 'actors import FILE' validates a user actor \
      dictionary (JSON, see Schemas/actor-dictionary.schema.json, or PETRARCH actors/agents) and \
      stores a copy in <db>.actors/, which 'ingest' and 'extract' load automatically. \
      'actors merge A B' and 'actors rename OLD NEW [--code CODE]' correct the stored graph; the \
      corrections live in the database, apply to every later ingest, and 'actors corrections' \
      lists them ('--undo ID' removes one).
      """,
    subcommands: [
      ActorsList.self, ActorsShow.self, ActorsImport.self, ActorsMerge.self, ActorsRename.self,
      ActorsCorrections.self,
    ], defaultSubcommand: ActorsList.self)
}

/// `chronicle actors list` (the default): today's listing.
struct ActorsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the actors in the database with their aliases and counts.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format.")
  var format: Format = .text

  func run() throws {
    try reportingErrors {
      let actors = try database.openForReading().actors()
      switch format {
      case .text: emit(ActorsExport.text(actors))
      case .json: emit(ActorsExport.json(actors))
      }
    }
  }
}

/// `chronicle actors show NAME`.
struct ActorsShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one actor: id, type, code, country, aliases, dated roles and its mentions.",
    discussion: "NAME is an actor id (country:IRN), its name, or any alias seen in the text (case-insensitive).")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format.")
  var format: Format = .text

  @Option(name: .customLong("actors"), help: ArgumentHelp("An extra actor dictionary (repeatable).", valueName: "file"))
  var dictionaries: [String] = []

  @Argument(help: "Actor id, name or alias.")
  var name: String

  func run() throws {
    let dictionary = try ActorDictionaries.load(files: dictionaries, db: database.path)
    let knowledge = ActorRecognizer(dictionary: dictionary).knowledge
    let detail: ActorDetail? = try reportingErrors {
      guard FileManager.default.fileExists(atPath: database.path) else { return nil }
      return try database.openForReading().actorDetail(name: name)
    }
    let entity = detail?.summary.actor ?? knowledge.lookup(name)
    guard let entity else {
      printError("no actor '\(name)' in \(database.path) or the dictionaries; 'chronicle actors' lists the stored actors")
      throw ExitCode(65)
    }
    let known = knowledge.entity(id: entity.id)
    // Aliases seen in the text first (as written), then dictionary aliases not seen; one per spelling.
    var aliases: [String] = []
    var seen: Set<String> = [entity.name.lowercased()]
    for a in (detail?.summary.aliases ?? []) + knowledge.aliases(of: entity.id) where seen.insert(a.lowercased()).inserted {
      aliases.append(a)
    }
    let roles = knowledge.roles(of: entity.id)
    switch format {
    case .json:
      var object: [String: Any] = [
        "id": entity.id, "name": entity.name, "type": entity.type.rawValue,
        "code": (entity.code ?? known?.code) as Any? ?? NSNull(), "country": (entity.country ?? known?.country) as Any? ?? NSNull(),
        "resolved": entity.resolved, "in_dictionary": known != nil,
        "aliases": aliases,
        "roles": roles.map {
          ["title": $0.title, "code": $0.code, "from": $0.from?.iso ?? NSNull(), "to": $0.to?.iso ?? NSNull()] as [String: Any]
        },
        "mention_count": detail?.summary.mentions ?? 0, "document_count": detail?.summary.documents ?? 0,
        "event_count": detail?.summary.events ?? 0,
      ]
      object["mentions"] = (detail?.mentions ?? []).map {
        [
          "document": $0.documentID, "sentence": $0.sentenceIndex, "sentence_text": $0.sentence, "start": $0.start,
          "end": $0.end, "text": $0.text, "code": $0.code ?? NSNull(), "role": $0.role ?? NSNull(), "rule": $0.rule,
        ] as [String: Any]
      }
      let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      emit(String(decoding: data, as: UTF8.self))
    case .text:
      var lines: [String] = []
      lines.append("\(entity.name)  [\(entity.id)]")
      lines.append("type:     \(entity.type.rawValue)\(entity.resolved ? "" : " (unresolved: not in any dictionary)")")
      lines.append("code:     \(entity.code ?? known?.code ?? "-")")
      lines.append("country:  \(entity.country ?? known?.country ?? "-")")
      lines.append("aliases:  \(aliases.isEmpty ? "-" : aliases.joined(separator: ", "))")
      if !roles.isEmpty {
        lines.append("roles:")
        for r in roles {
          let span = "\(r.from?.iso ?? "…")–\(r.to.map { CivilDate(dayNumber: $0.dayNumber - 1).iso } ?? "")"
          lines.append("  \(r.title.isEmpty ? "(role)" : r.title)  \(r.code)  \(span)")
        }
      }
      if let d = detail {
        lines.append("mentions: \(d.summary.mentions) in \(d.summary.documents) document(s), \(d.summary.events) event(s)")
        for m in d.mentions {
          let extra = [m.code, m.role].compactMap { $0 }.joined(separator: ", ")
          lines.append("  \(m.documentID)#\(m.sentenceIndex) [\(m.start)-\(m.end)] \"\(m.text)\" \(extra.isEmpty ? "" : extra + " ")(\(m.rule))")
          lines.append("    \(m.sentence)")
        }
      } else {
        lines.append("mentions: none stored")
      }
      emit(lines.joined(separator: "\n"))
    }
  }
}

/// `chronicle actors import FILE`.
struct ActorsImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Validate an actor dictionary and keep it for future ingests (<db>.actors/).",
    discussion: """
      Reads Chronicle JSON dictionaries (Schemas/actor-dictionary.schema.json) and PETRARCH \
      actor/agent dictionaries. The file is copied into the folder <db>.actors/ next to the \
      database; 'ingest' and 'extract' load every dictionary there (in name order) before the \
      ones given with --actors. Re-ingest documents to apply it to stored text.
      """)

  @OptionGroup var database: DatabaseOptions

  @Flag(help: "Only validate; store nothing.")
  var check = false

  @Argument(help: "The dictionary file.")
  var file: String

  func run() throws {
    let dictionary = try ActorDictionaries.read(file)
    let format = UserDictionary.detectFormat(
      (try? String(contentsOfFile: file, encoding: .utf8)) ?? "", path: file)
    let summary = "\(dictionary.actors.count) actors, \(dictionary.agents.count) agents (\(format.rawValue))"
    if check {
      emit("\(file): valid: \(summary)")
      return
    }
    let folder = ActorDictionaries.folder(db: database.path)
    let name = URL(fileURLWithPath: file).lastPathComponent
    let target = folder + "/" + name
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
      try FileManager.default.copyItem(atPath: file, toPath: target)
    } catch {
      printError("\(target): cannot store the dictionary (\(error.localizedDescription)); check that the folder is writable")
      throw ExitCode(74)
    }
    emit("imported \(file): \(summary) → \(target)")
  }
}

/// The user dictionaries of a run: those imported next to the database, then `--actors` files.
enum ActorDictionaries {
  /// The folder of imported dictionaries for database `db`.
  static func folder(db: String) -> String { db + ".actors" }

  /// Reads one dictionary; a bad one is a one-line error and exit code 65 (74 unreadable).
  static func read(_ path: String) throws -> UserDictionary {
    do {
      return try UserDictionary.load(path: path)
    } catch {
      printError(error.description)
      if case .unreadable = error { throw ExitCode(74) }
      throw ExitCode(65)
    }
  }

  /// Imported dictionaries (`<db>.actors/*`, by name) followed by `files`; nil when none.
  static func load(files: [String], db: String?) throws -> UserDictionary? {
    var paths: [String] = []
    if let db {
      let dir = folder(db: db)
      if let names = try? FileManager.default.contentsOfDirectory(atPath: dir) {
        paths += names.filter { !$0.hasPrefix(".") }.sorted().map { dir + "/" + $0 }
      }
    }
    paths += files
    guard !paths.isEmpty else { return nil }
    var dictionary = UserDictionary()
    for p in paths { dictionary = dictionary.merged(with: try read(p)) }
    return dictionary
  }
}
