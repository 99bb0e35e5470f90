import Dispatch

/// The per-document pipeline: text → time → actors → events.
///
/// Stateless and `Sendable`: one extractor can serve many threads.
public struct Extractor: Sendable {
  public var analyzer: TextAnalyzer
  public var tagger: TemporalTagger
  public var recognizer: ActorRecognizer
  public var eventExtractor: EventExtractor

  public init(
    analyzer: TextAnalyzer = TextAnalyzer(), tagger: TemporalTagger = TemporalTagger(),
    recognizer: ActorRecognizer = ActorRecognizer(), eventExtractor: EventExtractor = EventExtractor()
  ) {
    self.analyzer = analyzer
    self.tagger = tagger
    self.recognizer = recognizer
    self.eventExtractor = eventExtractor
  }

  /// Starts loading the built-in event lexicon and trigger model on another thread.
  ///
  /// They are loaded once per process, at their first use: a command that extracts calls
  /// this first, so that they load while it builds the actor knowledge (the largest part of
  /// start-up) instead of after it; a one-article `extract` starts about a third sooner on
  /// two cores. Optional: a later use waits for the loading in progress.
  public static func preload() {
    DispatchQueue.global(qos: .userInitiated).async {
      _ = TriggerModel.shipped
      _ = KnownWord.vocabulary
    }
  }

  /// Extracts everything from `article`. `published` overrides the article's own date.
  public func extract(_ article: Article, published override: CivilDate? = nil) -> ExtractionResult {
    let published = override ?? article.published
    let fullText = article.fullText
    let headlineLength = article.title.map { $0.isEmpty ? 0 : $0.utf8.count } ?? 0
    let text = analyzer.analyze(fullText, headlineLength: headlineLength)
    let times = tagger.tag(text, published: published)
    let actors = recognizer.recognize(text, published: published)
    let events = eventExtractor.extract(text, times: times, actors: actors, published: published)
    var warnings: [String] = []
    if published == nil {
      warnings.append(
        "no publication date: relative dates are kept unresolved; pass --published YYYY-MM-DD or run 'chronicle redate'"
      )
    }
    // The hash of text, 0, date (and 0, dictionary fingerprint), fed in pieces: no copy of the text.
    var hasher = SHA256.Hasher()
    hasher.update(fullText.utf8)
    hasher.update(CollectionOfOne(0))
    hasher.update((published?.iso ?? "").utf8)
    if let dictionary = recognizer.knowledge.dictionaryFingerprint {
      // A user actor dictionary changes the result: re-ingesting with another one re-extracts.
      hasher.update(CollectionOfOne(0))
      hasher.update(dictionary.utf8)
    }
    let hash = hasher.finalizeHex()
    return ExtractionResult(
      documentID: Extractor.documentID(for: article, hash: hash), article: article,
      published: published, contentHash: hash, text: text, times: times, actors: actors,
      events: events, warnings: warnings)
  }

  /// The id a document gets: its own id, else the file name (or URL path) without
  /// extension, else `doc-` and the start of its hash. Runs of characters other than
  /// letters, digits, `.`, `_` and `-` become `-`.
  public static func documentID(for article: Article, hash: String) -> String {
    if let id = article.id, !id.isEmpty { return slug(id) }
    if let origin = article.origin, !origin.isEmpty {
      var name = origin.split(separator: "/").last.map(String.init) ?? origin
      var line = ""
      if let hashIndex = name.firstIndex(of: "#") {
        line = "-" + name[name.index(after: hashIndex)...]
        name = String(name[..<hashIndex])
      }
      if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
      let id = slug(name + line)
      if !id.isEmpty { return id }
    }
    if let url = article.url {
      let trimmed = url.split(separator: "?").first.map(String.init) ?? url
      if let last = trimmed.split(separator: "/").last {
        var name = String(last)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        let id = slug(name)
        if !id.isEmpty { return id }
      }
    }
    return "doc-" + hash.prefix(12)
  }

  static func slug(_ s: String) -> String {
    var out = ""
    var lastDash = false
    for scalar in s.unicodeScalars {
      let keep =
        (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
          || scalar == "-")
      if keep {
        out.unicodeScalars.append(scalar)
        lastDash = scalar == "-"
      } else if !lastDash && !out.isEmpty {
        out.append("-")
        lastDash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}
