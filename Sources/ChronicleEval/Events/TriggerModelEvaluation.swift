import ChronicleExtraction
import Foundation

/// A TimeML document read and analyzed up to the event stage (text, times, actors), so
/// that several event extractors can run on it without redoing the rest.
public struct PreparedTimeMLDocument: Sendable {
  public var path: String
  public var document: TimeMLEventDocument
  public var analyzed: AnalyzedText
  public var times: [TimeExpression]
  public var actors: [ActorMention]
  public var published: CivilDate?

  /// The events `extractor` finds in the document.
  public func events(_ extractor: EventExtractor) -> [EventMention] {
    extractor.extract(analyzed, times: times, actors: actors, published: published)
  }

  /// The document's trigger candidates labelled with its gold EVENTs (exact span).
  public func examples(_ extractor: EventExtractor) -> [TriggerExample] {
    var gold: [TextSpan: Int] = [:]
    for e in document.events {
      gold[e.span] = TriggerModel.classes.firstIndex { $0.rawValue == e.cls } ?? 0
    }
    return extractor.triggerCandidates(analyzed, times: times, actors: actors, published: published).map {
      let c = gold[$0.span]
      return TriggerExample(features: $0.features, isEvent: c != nil, classIndex: c)
    }
  }
}

extension TimeMLEventEvaluation {
  /// Reads and analyzes the `.tml` files at `paths` (see ``files(_:)``).
  public static func prepare(paths: [String]) throws -> [PreparedTimeMLDocument] {
    let analyzer = TextAnalyzer()
    let tagger = TemporalTagger()
    let recognizer = ActorRecognizer()
    return try files(paths).map { file in
      guard let data = FileManager.default.contents(atPath: file) else { throw EventEvalError.unreadable(path: file) }
      let bytes = [UInt8](data)
      let doc = try TimeMLEventReader.parse(bytes, name: (file as NSString).lastPathComponent, path: file)
      let published = TimeMLReader.creationDate(bytes)
      let analyzed = analyzer.analyze(doc.text, headlineLength: 0)
      let times = tagger.tag(analyzed, published: published)
      let actors = recognizer.recognize(analyzed, published: published)
      return PreparedTimeMLDocument(
        path: file, document: doc, analyzed: analyzed, times: times, actors: actors, published: published)
    }
  }

  /// The labelled trigger candidates of `documents` (the rules alone decide the rule features).
  public static func examples(_ documents: [PreparedTimeMLDocument]) -> [[TriggerExample]] {
    let extractor = EventExtractor()
    return documents.map { $0.examples(extractor) }
  }

  /// Trains a trigger model on every document at `paths`.
  public static func trainModel(
    paths: [String], options: TriggerModelTrainer.Options = .init()
  ) throws -> TriggerModel {
    TriggerModelTrainer.train(examples(try prepare(paths: paths)).flatMap { $0 }, options: options)
  }

  /// K-fold cross-validation by document: documents (sorted by path) go to fold `i % k`;
  /// each fold is scored with a model trained on the other folds' documents, by the normal
  /// scorer; the report pools every fold.
  public static func crossValidate(
    paths: [String], folds k: Int, options: TriggerModelTrainer.Options = .init()
  ) throws -> EventTriggerReport {
    let start = Date()
    let docs = try prepare(paths: paths)
    let k = max(2, min(k, docs.count))
    let ex = examples(docs)
    var report = EventTriggerReport()
    for fold in 0..<k {
      let train = docs.indices.filter { $0 % k != fold }.flatMap { ex[$0] }
      var extractor = EventExtractor()
      extractor.triggerModel = TriggerModelTrainer.train(train, options: options)
      for d in docs.indices where d % k == fold {
        report.score(gold: docs[d].document.events, system: docs[d].events(extractor))
      }
    }
    report.seconds = Date().timeIntervalSince(start)
    return report
  }

  /// Trains on the documents at `trainPaths` and scores the documents at `paths` (a corpus split).
  public static func trainAndTest(
    train trainPaths: [String], test paths: [String], options: TriggerModelTrainer.Options = .init()
  ) throws -> EventTriggerReport {
    let start = Date()
    var extractor = EventExtractor()
    extractor.triggerModel = try trainModel(paths: trainPaths, options: options)
    var report = EventTriggerReport()
    for doc in try prepare(paths: paths) {
      report.score(gold: doc.document.events, system: doc.events(extractor))
    }
    report.seconds = Date().timeIntervalSince(start)
    return report
  }
}
