import Testing

@testable import ChronicleExtraction

/// Batch extraction on every core, and the ingest pipeline, give what one-by-one extraction gives.
@Suite struct BatchExtractionTests {
  static let articles = (0..<12).map { n in
    Article(
      id: "a\(n)", title: "Talks \(n)",
      body: "Iran accused Russia of shelling Kyiv on Monday. Officials said talks would resume in July \(2000 + n).",
      published: CivilDate(year: 2022, month: 10, day: 17), format: .text)
  }

  @Test func batchAndPipelineEqualOneByOne() {
    let extractor = Extractor()
    let one = Self.articles.map { extractor.extract($0) }
    let batch = extractor.extract(batch: Self.articles)
    #expect(batch.map(\.documentID) == one.map(\.documentID))
    #expect(batch.map(\.contentHash) == one.map(\.contentHash))
    #expect(batch.map(\.events.count) == one.map(\.events.count))
    #expect(one.allSatisfy { !$0.events.isEmpty })
    for workers in [1, 3] {
      let pipeline = ExtractionPipeline(extractor: extractor, workers: workers)
      for article in Self.articles { pipeline.submit(article) }
      #expect(pipeline.pending == Self.articles.count)
      // Taken in submission order, in pieces, whatever order the workers finish in.
      var taken = pipeline.take(5)
      #expect(pipeline.pending == Self.articles.count - 5)
      taken += pipeline.take(100)  // fewer pending than asked: returns what is left
      #expect(pipeline.pending == 0)
      #expect(pipeline.take(1).isEmpty)
      #expect(taken.map(\.contentHash) == one.map(\.contentHash))
      #expect(taken.map { $0.events.map(\.trigger) } == one.map { $0.events.map(\.trigger) })
      pipeline.recycle(taken)  // freed by a worker; the pipeline goes on working
      pipeline.submit(Self.articles[0])
      #expect(pipeline.take(1).map(\.contentHash) == [one[0].contentHash])
      pipeline.finish()
    }
  }

  @Test func pipelineInterleavesSubmitAndTake() {
    let extractor = Extractor()
    let pipeline = ExtractionPipeline(extractor: extractor, workers: 2)
    var ids: [String] = []
    for article in Self.articles {
      pipeline.submit(article)
      if pipeline.pending >= 4 { ids += pipeline.take(3).map(\.documentID) }
    }
    while pipeline.pending > 0 { ids += pipeline.take(2).map(\.documentID) }
    #expect(ids == Self.articles.map { extractor.extract($0).documentID })
  }

  @Test func overridingThePublicationDate() {
    let date = CivilDate(year: 2023, month: 1, day: 2)
    let pipeline = ExtractionPipeline(extractor: Extractor(), published: date)
    for article in Self.articles { pipeline.submit(article) }
    let results = pipeline.take(Self.articles.count)
    pipeline.finish()
    #expect(results.count == Self.articles.count)
    #expect(results.allSatisfy { $0.published == date })
    #expect(Extractor().extract(batch: Self.articles, published: date).allSatisfy { $0.published == date })
  }
}

extension BatchExtractionTests {
  /// The workers hand over what `transform` makes of each result, in submission order.
  @Test func pipelineTransformsOnTheWorkers() {
    let extractor = Extractor()
    let pipeline = ExtractionPipeline(extractor: extractor, workers: 2) { result in
      "\(result.documentID):\(result.events.count)"
    }
    for article in Self.articles { pipeline.submit(article) }
    let taken = pipeline.take(Self.articles.count)
    pipeline.recycle(taken)
    pipeline.finish()
    #expect(taken == Self.articles.map { extractor.extract($0) }.map { "\($0.documentID):\($0.events.count)" })
  }
}

extension BatchExtractionTests {
  /// Articles submitted together are extracted and taken in order; the owner, woken only by
  /// the result it waits for, never misses it (many short articles, more workers than cores,
  /// takes of every size).
  @Test func submittingManyAtOnceKeepsTheOrder() {
    let extractor = Extractor()
    let articles = (0..<240).map { n in
      Article(id: "s\(n)", title: "Item \(n)", body: n % 7 == 0 ? "" : "Iran met Russia on Monday.", format: .text)
    }
    let pipeline = ExtractionPipeline(extractor: extractor, workers: 3) { $0.documentID }
    var ids: [String] = []
    var next = 0
    var size = 1
    while next < articles.count {
      let end = min(articles.count, next + size)
      pipeline.submit(contentsOf: articles[next..<end])
      next = end
      ids += size % 2 == 0 ? pipeline.take(size / 2) : pipeline.takeReady(size, atLeast: 1)
      size = size % 9 + 1
    }
    while pipeline.pending > 0 { ids += pipeline.take(5) }
    pipeline.submit(contentsOf: articles.prefix(0))
    #expect(pipeline.pending == 0)
    pipeline.finish()
    #expect(ids == articles.map { extractor.extract($0).documentID })
  }

  /// `takeReady` waits for at least `atLeast` results, returns the ready ones after them up
  /// to the limit, keeps submission order, and returns nothing when nothing is pending.
  @Test func takeReadyReturnsWhatIsReadyInOrder() {
    let extractor = Extractor()
    let pipeline = ExtractionPipeline(extractor: extractor, workers: 2) { $0.documentID }
    #expect(pipeline.takeReady(4, atLeast: 2).isEmpty)
    for article in Self.articles { pipeline.submit(article) }
    var ids: [String] = []
    while pipeline.pending > 0 {
      let pending = pipeline.pending
      let taken = pipeline.takeReady(3, atLeast: 2)
      #expect(taken.count >= min(2, pending) && taken.count <= 3)
      ids += taken
    }
    pipeline.finish()
    #expect(ids == Self.articles.map { extractor.extract($0).documentID })
  }
}

#if os(Linux)
  extension BatchExtractionTests {
    /// The workers run `workerNice` steps below the thread that made the pipeline (19 by
    /// default: the single consumer, which nothing else can do in parallel, keeps its core),
    /// capped at Linux's lowest priority.
    @Test(arguments: [nil, 0, 5] as [Int32?])
    func workersRunBelowTheConsumer(workerNice: Int32?) {
      let caller = ThreadPriority.current().nice
      let nice: @Sendable (ExtractionResult) -> Int32 = { _ in ThreadPriority.current().nice }
      let pipeline =
        workerNice.map { ExtractionPipeline(extractor: Extractor(), workers: 2, workerNice: $0, transform: nice) }
        ?? ExtractionPipeline(extractor: Extractor(), workers: 2, transform: nice)
      for article in Self.articles { pipeline.submit(article) }
      let seen = Set(pipeline.take(Self.articles.count))
      pipeline.finish()
      #expect(seen == [min(19, caller + (workerNice ?? 19))])
    }
  }
#endif
