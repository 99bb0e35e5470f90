import Testing

@testable import ChronicleExtraction

/// The learned trigger classifier: feature hashing, the scorer, the embedded weights and
/// the hook after the trigger rules.
@Suite struct TriggerModelTests {
  @Test func featureHashingIsStable() {
    // FNV-1a 64 test vector, and pinned values: a change here changes every feature, so
    // the shipped weights must be retrained (and TriggerFeatures.version bumped).
    #expect(TriggerFeatures.fnv("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(TriggerFeatures.fnv("attack") == 0xb138_769a_1af3_a55d)
    #expect(TriggerFeatures.feature(TriggerFeatures.tWord, TriggerFeatures.fnv("attack")) == 0xa031_0089_8882_1b8e)
  }

  /// The features of every candidate of `text` (the rules decide the rule features).
  private func candidates(_ text: String) -> [TriggerCandidate] {
    EventExtractor().triggerCandidates(
      TextAnalyzer().analyze(text, headlineLength: 0), times: [], actors: [], published: nil)
  }

  @Test func candidatesAreWordsWithTheirFeatures() {
    let text = "The army attacked the town, officials said."
    let c = candidates(text)
    let words = c.map { String(decoding: Array(text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self) }
    // Determiners are no candidates (closed classes).
    #expect(words == ["army", "attacked", "town", "officials", "said"])
    #expect(c.map(\.ruleTrigger) == [false, true, false, false, true])
    #expect(c[1].ruleClass == .occurrence)
    #expect(c.allSatisfy { $0.features.count >= 20 })
    // The same sentence gives the same features.
    #expect(candidates(text).map(\.features) == c.map(\.features))
    // The word feature is among them.
    #expect(c[1].features.contains(TriggerFeatures.feature(TriggerFeatures.tWord, TriggerFeatures.fnv("attacked"))))
  }

  /// A model with the given weights on the given features (`1 << bits` entries a table).
  private func model(
    _ weights: [(UInt64, Float)], classes: [(UInt64, EventClass, Float)] = [], threshold: Float = 0, bits: Int = 4
  ) -> TriggerModel {
    var w = [Float](repeating: 0, count: 1 << bits)
    for (h, v) in weights { w[TriggerModel.index(h, bits: bits)] += v }
    let k = TriggerModel.classes.count
    var cw = [Float](repeating: 0, count: (1 << bits) * k)
    for (h, c, v) in classes { cw[TriggerModel.index(h, bits: bits) * k + TriggerModel.classes.firstIndex(of: c)!] += v }
    return TriggerModel(bits: bits, weights: w, classBits: bits, classWeights: cw, threshold: threshold)
  }

  @Test func scorerSumsTheWeightsOfItsFeatures() {
    let a: UInt64 = 0x1000_0000_0000_0000  // index 1
    let b: UInt64 = 0x2000_0000_0000_0000  // index 2
    let m = model([(a, 1.5), (b, -0.5)], classes: [(a, .reporting, 2), (b, .state, 1)])
    #expect(TriggerModel.index(a, bits: 4) == 1)
    // (Scored from Int16 copies of the weights: equal to a few parts in 32767.)
    #expect(abs(m.score([a]) - 1.5) < 0.001)
    #expect(abs(m.score([a, b]) - 1) < 0.001)
    #expect(abs(m.score([a, a, b]) - 2.5) < 0.001)
    #expect(m.score([]) == 0)
    #expect(m.classify([a, b]) == .reporting)
    #expect(m.classify([b]) == .state)
    #expect(TriggerModel(bits: 4, weights: m.weights, classBits: 4, classWeights: []).classify([a]) == nil)
  }

  /// The extractor scores a candidate while hashing its features (no feature stored): the
  /// same sum as scoring the stored features, for every position of a sentence.
  @Test func scoringWhileHashingEqualsScoringStoredFeatures() throws {
    let shipped = try #require(TriggerModel.shipped)
    var seed: UInt64 = 0x1234_5678
    func next() -> UInt64 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return seed
    }
    var values = [TokenFeatureValues.outside(before: true), TokenFeatureValues.outside(before: true)]
    for _ in 0..<9 {
      values.append(
        TokenFeatureValues(
          word: next(), lemma: next(), suffix2: next() & 1 == 0 ? 0 : next(), suffix3: next(), suffix4: next(),
          rule: next() & 0xFF, reading: next() & 15, context: next() & 0x1FF, classes: UInt32(truncatingIfNeeded: next())))
    }
    values += [TokenFeatureValues.outside(before: false), TokenFeatureValues.outside(before: false)]
    let out = UnsafeMutablePointer<UInt64>.allocate(capacity: TriggerFeatures.maxFeatures)
    defer { out.deallocate() }
    values.withUnsafeBufferPointer { values in
      shipped.packed.withUnsafeBufferPointer { table in
      shipped.classBitWeights.withUnsafeBufferPointer { classBitTable in
      shipped.smallValueWeights.withUnsafeBufferPointer { smallValueTable in
        for i in 0..<(values.count - 4) {
          for headline in [false, true] {
            let n = EventRun.triggerFeatures(i, headline: headline, values: values, out: out)
            var sum = TriggerEventScore(
              weights: table.baseAddress!, bits: shipped.bits, classBitWeights: classBitTable.baseAddress!,
              smallValueWeights: smallValueTable.baseAddress!)
            EventRun.triggerFeatures(i, headline: headline, values: values, into: &sum)
            #expect(shipped.score(sum: sum.sum) == shipped.score(Array(UnsafeBufferPointer(start: out, count: n))))
          }
        }
      }
      }
      }
    }
  }

  /// The rule, reading and shape features are read from ``TriggerModel/smallValueWeights``
  /// inside its range and hashed outside it: either way the entry of the hashed feature,
  /// at the edges of each range and beyond.
  @Test(arguments: [
    (UInt64(0), UInt64(0), UInt64(0)), (1, 3, 7), (TriggerModel.ruleValues - 1, TriggerModel.readingValues - 1, TriggerModel.shapeValues - 1),
    (TriggerModel.ruleValues, TriggerModel.readingValues, TriggerModel.shapeValues),
    (TriggerModel.ruleValues + 77, TriggerModel.readingValues + 5, TriggerModel.shapeValues + 1_000), (1 << 40, 1 << 33, 1 << 50),
  ])
  func smallValueTableEqualsHashing(rule: UInt64, reading: UInt64, shape: UInt64) throws {
    let shipped = try #require(TriggerModel.shipped)
    typealias F = TriggerFeatures
    shipped.packed.withUnsafeBufferPointer { table in
      shipped.classBitWeights.withUnsafeBufferPointer { classBitTable in
        shipped.smallValueWeights.withUnsafeBufferPointer { smallValueTable in
          func scorer() -> TriggerEventScore {
            TriggerEventScore(
              weights: table.baseAddress!, bits: shipped.bits, classBitWeights: classBitTable.baseAddress!,
              smallValueWeights: smallValueTable.baseAddress!)
          }
          for readingRule in [rule, 5] {
            var fromTable = scorer()
            fromTable.addRule(rule)
            fromTable.addReading(reading, rule: readingRule)
            fromTable.addShape(shape)
            var hashed = scorer()
            hashed.add(F.feature(F.tRule, rule))
            hashed.add(F.feature(F.tReading, F.pair(reading, readingRule)))
            hashed.add(F.feature(F.tShape, shape))
            #expect(fromTable.sum == hashed.sum, "rule \(rule), reading \(reading) × \(readingRule), shape \(shape)")
          }
        }
      }
    }
  }

  /// ``TriggerModel/classify(_:)`` (summed without an array) picks the first best of
  /// ``TriggerModel/classScores(_:)``.
  @Test func classifyPicksTheFirstBestClassScore() throws {
    let shipped = try #require(TriggerModel.shipped)
    var seed: UInt64 = 0x9876_5432
    for n in 0..<200 {
      var features: [UInt64] = []
      for _ in 0..<(n % 60) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        features.append(seed)
      }
      let s = shipped.classScores(features)
      var best = 0
      for c in 1..<s.count where s[c] > s[best] { best = c }
      #expect(shipped.classify(features) == TriggerModel.classes[best])
    }
  }

  @Test func encodingRoundTrips() throws {
    for bytes: [UInt8] in [[], [1], [1, 2], [1, 2, 3], Array(0...255)] {
      #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    }
    #expect(Base64.encode(Array("Man".utf8)) == "TWFu")
    #expect(Base64.decode("TW\nFu") == Array("Man".utf8))
    #expect(Base64.decode("T*Fu") == nil)
    let a: UInt64 = 0x1000_0000_0000_0000
    let m = model([(a, 2), (0x3000_0000_0000_0000, -1)], classes: [(a, .iAction, 3)], threshold: -0.5)
    let (data, scale, classScale) = m.encoded()
    let back = try #require(
      TriggerModel(bits: 4, classBits: 4, data: data, scale: scale, classScale: classScale, threshold: -0.5))
    for (x, y) in zip(back.weights, m.weights) { #expect(abs(x - y) < 0.001) }
    #expect(back.classify([a]) == .iAction)
    #expect(back.threshold == -0.5)
    #expect(TriggerModel(bits: 5, classBits: 4, data: data, scale: scale, classScale: classScale) == nil)
  }

  @Test func base64DecodesAcrossLineBreaksAndPadding() {
    // Groups split by line breaks and spaces at every offset take the byte-by-byte path;
    // whole groups the four-at-a-time one: both give the same bytes.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for length in [0, 1, 2, 3, 4, 5, 47, 48, 49, 300] {
      let bytes: [UInt8] = (0..<length).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
      }
      let text = Array(Base64.encode(bytes).utf8)
      for width in [1, 3, 4, 5, 7, 76] {
        var wrapped: [UInt8] = []
        for (n, c) in text.enumerated() {
          if n > 0 && n % width == 0 { wrapped.append(n % 2 == 0 ? 10 : 32) }
          wrapped.append(c)
        }
        #expect(Base64.decode(String(decoding: wrapped, as: UTF8.self)) == bytes)
      }
    }
    #expect(Base64.decode("TWFuTW*u") == nil)
    #expect(Base64.decode("TWFu\nTW*u") == nil)
  }

  @Test func weightRoundingMatchesRounded() {
    var values: [Float] = [0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999997, -0.49999997, 32767, -32767, 32766.5, -32766.5]
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let unit = Float(Int64(bitPattern: state) >> 40) / Float(1 << 23)  // -1…1
      values.append(unit * 32767)
      values.append((unit * 64).rounded(.down) / 2)  // halves
    }
    for x in values { #expect(TriggerModel.roundedToInt16(x) == Int16(x.rounded()), "\(x)") }
  }

  /// The shipped tables as a plain byte-at-a-time decoder and `rounded()` make them: the
  /// loading shortcuts (pair table, zero groups, integer rounding) change no value.
  @Test func shippedWeightsEqualAPlainDecoding() throws {
    let shipped = try #require(TriggerModel.shipped)
    var bytes: [UInt8] = []
    var acc: UInt32 = 0
    var n = 0
    for c in TriggerModelWeights.data.utf8 {
      if c == UInt8(ascii: "=") { break }
      let v = Base64.values[Int(c)]
      if v < 0 { continue }
      acc = acc << 6 | UInt32(v)
      n += 1
      if n == 4 {
        bytes += [UInt8(acc >> 16 & 0xFF), UInt8(acc >> 8 & 0xFF), UInt8(acc & 0xFF)]
        (acc, n) = (0, 0)
      }
    }
    if n == 3 { bytes += [UInt8(acc >> 10 & 0xFF), UInt8(acc >> 2 & 0xFF)] }
    if n == 2 { bytes.append(UInt8(acc >> 4 & 0xFF)) }
    func value(_ i: Int) -> Int16 { Int16(bitPattern: UInt16(bytes[2 * i]) | UInt16(bytes[2 * i + 1]) << 8) }
    let count = shipped.weights.count
    try #require(bytes.count == 2 * (count + shipped.classWeights.count))
    var same = true
    for i in 0..<count where shipped.weights[i].bitPattern != (Float(value(i)) * TriggerModelWeights.scale).bitPattern {
      same = false
    }
    for i in 0..<shipped.classWeights.count
    where shipped.classWeights[i].bitPattern != (Float(value(count + i)) * TriggerModelWeights.classScale).bitPattern {
      same = false
    }
    #expect(same)
    let m = shipped.weights.reduce(Float(0)) { max($0, abs($1)) }
    #expect(shipped.packed == shipped.weights.map { Int16(($0 / (m / 32767)).rounded()) })
  }

  @Test func shippedWeightsDecodeForThisFeatureVersion() throws {
    // Fails when the features change without a retrain (scripts/train-trigger-model.sh).
    #expect(TriggerModelWeights.featureVersion == TriggerFeatures.version)
    let shipped = try #require(TriggerModel.shipped)
    #expect(shipped.bits == TriggerModelWeights.bits)
    #expect(shipped.weights.count == 1 << shipped.bits)
    #expect(shipped.classWeights.count == (1 << shipped.classBits) * TriggerModel.classes.count)
    #expect(shipped.weights.contains { $0 != 0 })
    #expect(EventExtractor().triggerModel != nil)
  }

  /// The triggers of `text` with `model` (the shipped one by default).
  private func triggers(_ text: String, model: TriggerModel? = TriggerModel.shipped) -> [String] {
    var extractor = EventExtractor()
    extractor.triggerModel = model
    return extractor.extract(TextAnalyzer().analyze(text, headlineLength: 0), times: [], actors: [], published: nil)
      .map(\.trigger)
  }

  @Test(arguments: [
    ("The army attacked the town.", ["attacked"]),
    ("The shares rose sharply on Monday.", ["rose"]),
    ("Rebels killed three soldiers and wounded five, police said.", ["killed", "wounded", "said"]),
    ("He said the company would sell the unit.", ["said", "sell"]),
  ])
  func shippedModelKeepsObviousEvents(_ text: String, _ expected: [String]) {
    #expect(triggers(text) == expected)
  }

  @Test func hookKeepsAddsAndDropsByTheModel() {
    let bias = TriggerFeatures.feature(TriggerFeatures.tBias, 0)
    let town = TriggerFeatures.feature(TriggerFeatures.tWord, TriggerFeatures.fnv("town"))
    // Everything an event: every candidate word (not the determiners) becomes a trigger.
    let all = model([(bias, 1)], bits: 16)
    #expect(triggers("The army attacked the town.", model: all) == ["army", "attacked", "town"])
    // Nothing an event: a rule trigger is dropped, unless it names an event type of the
    // coding lexicon ("attacked": an assault), which stays whatever the model says.
    let none = model([(bias, -1)], bits: 16)
    #expect(triggers("Prices rose sharply.", model: nil) == ["rose"])
    #expect(triggers("Prices rose sharply.", model: none).isEmpty)
    #expect(triggers("The army attacked the town.", model: none) == ["attacked"])
    // The class model names the class of an added trigger.
    let classed = model([(bias, -1), (town, 2)], classes: [(town, .state, 1)], bits: 16)
    let events = {
      var e = EventExtractor()
      e.triggerModel = classed
      return e.extract(TextAnalyzer().analyze("The army attacked the town.", headlineLength: 0), times: [], actors: [], published: nil)
    }()
    #expect(events.map(\.trigger) == ["attacked", "town"])
    #expect(events.last?.timemlClass == .state)
    // Provenance: the added trigger says the model found it; the rule trigger does not.
    #expect(events.last?.rules.contains("trigger:learned") == true)
    #expect(events.first?.rules.contains("trigger:learned") == false)
    // No model: the rules alone.
    #expect(triggers("The army attacked the town.", model: nil) == ["attacked"])
  }
}

extension TriggerModelTests {
  @Test func codesFollowTheCaseOrder() {
    for (i, c) in EventClass.allCases.enumerated() { #expect(EventRun.classCode(c) == UInt64(i)) }
    for (i, t) in ActorType.allCases.enumerated() { #expect(EventRun.actorTypeCode(t) == UInt64(i)) }
  }
}
