extension EventExtractor {
  /// The trigger candidates of `text` with their features and the rules' decisions, as
  /// the learned classifier sees them (word tokens outside time expressions and actor
  /// mentions, not of a closed class, not capitalized names), for training a
  /// ``TriggerModel``. The rules decide alone here (no model), as they do before a model
  /// is applied.
  public func triggerCandidates(
    _ text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], published: CivilDate?
  ) -> [TriggerCandidate] {
    let scratch = EventRunScratch.take()
    defer { EventRunScratch.give(scratch) }
    var run = EventRun(
      text: text, times: times, actors: actors, published: published, counterparties: counterparties, scratch: scratch)
    run.triggerModel = nil
    run.candidateLog = []
    run.run()
    return run.candidateLog ?? []
  }
}

extension EventRun {
  /// Whether the class model also re-classes the triggers the rules found (not only the
  /// ones the model adds). Off: it gains little class accuracy (0.838 against 0.835
  /// cross-validated) and the coding rules read the rules' classes ("is scheduled to
  /// attend" loses its coding as an OCCURRENCE).
  static let reclassRuleTriggers = false

  /// Step 1's learned pass over the rule triggers of a sentence (sorted by token): every
  /// candidate word (``isTriggerCandidate(_:tokenMention:inTime:titleCase:)``) is scored; the model keeps
  /// or adds a trigger when it scores the token an event. A rule trigger the model rejects
  /// is marked like a compound modifier: it is dropped at the end of the sentence unless it
  /// was coded with a source or target, so coded actor events survive.
  mutating func applyTriggerModel(
    _ triggers: inout [Trigger], tokens: [Token], tokenMention: [Int?], inTime: [Bool], headline: Bool, titleCase: Bool
  ) {
    guard triggerModel != nil || candidateLog != nil else { return }
    let s = triggerScratch
    var candidate = s.candidate
    s.candidate = []
    // Grown to the longest sentence so far (never cut: entries past the sentence are an
    // earlier sentence's and are not read) and overwritten through its buffer (no append per token).
    if candidate.count < tokens.count { candidate.append(contentsOf: repeatElement(false, count: tokens.count - candidate.count)) }
    candidate.withUnsafeMutableBufferPointer { candidate in
      for i in 0..<tokens.count {
        candidate[i] = isTriggerCandidate(i, tokenMention: tokenMention, inTime: inTime, titleCase: titleCase)
      }
    }
    loadTriggerScratch(
      tokens: tokens, triggers: triggers, tokenMention: tokenMention, inTime: inTime, candidate: candidate, scratch: s)
    defer { s.candidate = candidate }
    let lowers = lex.lowers
    let model = triggerModel
    let logging = candidateLog != nil
    var added: [Trigger] = []
    var k = 0
    // The event table, read in place; features are scored as they are made and stored only
    // for the log and for the class model (a trigger the model adds).
    let table = model?.packed ?? []
    let classBitTable = model?.classBitWeights ?? []
    let smallValueTable = model?.smallValueWeights ?? []
    // (A one-entry table, 0 index bits, is scored from the stored features.)
    let fused = (model?.bits ?? 0) > 0
    s.values.withUnsafeBufferPointer { all in
    // The sentence's entries (see ``TriggerScratch/values``).
    let values = UnsafeBufferPointer(rebasing: all[..<(tokens.count + 4)])
    table.withUnsafeBufferPointer { table in
    classBitTable.withUnsafeBufferPointer { classBitTable in
    smallValueTable.withUnsafeBufferPointer { smallValueTable in
      /// The features of candidate `i`, stored in the scratch buffer.
      func features(_ i: Int) -> UnsafeBufferPointer<UInt64> {
        UnsafeBufferPointer(start: s.features, count: Self.triggerFeatures(i, headline: headline, values: values, out: s.features))
      }
      for i in tokens.indices {
        var rule = -1
        if k < triggers.count && triggers[k].token == i {
          rule = k
          k += 1
        }
        guard candidate[i] else { continue }
        if logging {
          candidateLog!.append(
            TriggerCandidate(
              span: tokens[i].span, features: Array(features(i)), ruleTrigger: rule >= 0,
              ruleClass: rule >= 0 ? triggers[rule].cls : nil))
        }
        guard let model else { continue }
        // A rule trigger stays unless the model is fairly sure it is none (a lower bar than
        // adding one): rejections cost codings and timeline events more than additions.
        let score: Float
        if fused {
          var sum = TriggerEventScore(
            weights: table.baseAddress!, bits: model.bits, classBitWeights: classBitTable.baseAddress!,
            smallValueWeights: smallValueTable.baseAddress!)
          Self.triggerFeatures(i, headline: headline, values: values, into: &sum)
          score = model.score(sum: sum.sum)
        } else {
          score = model.score(features(i))
        }
        let event = score > (rule >= 0 ? model.keepThreshold : model.threshold)
        if rule >= 0 {
          if event {
            triggers[rule].compound = false
            if Self.reclassRuleTriggers, let c = model.classify(features(i)) { triggers[rule].cls = c }
          } else {
            triggers[rule].rejected = true
          }
        } else if event {
          var t = modelTrigger(i, tokens: tokens, lowers: lowers, tokenMention: tokenMention)
          t.learned = true
          if let c = model.classify(features(i)) { t.cls = c }
          added.append(t)
        }
      }
    }
    }
    }
    }
    if !added.isEmpty {
      triggers += added
      triggers.sort { $0.token < $1.token }
    }
  }

  /// A trigger for token `i` that the rules did not find: a verb (with its verb group)
  /// when the lexicon reads it as one outside a noun context, else a noun.
  func modelTrigger(_ i: Int, tokens: [Token], lowers: [String], tokenMention: [Int?]) -> Trigger {
    let pc = lex.cls(i - 1)
    let nounContext = pc.contains(.determiner) || pc.contains(.cardinal) || pc.contains(.preposition)
    if let v = lex.verb(i), !nounContext || v.form == .pastParticiple || v.form == .pastOrParticiple {
      let vi = lex.verbLemmaIndex(i)
      let cls: EventClass = v.lemma == "be" || v.lemma == "have" ? .state : lemmas.timemlClass(vi)
      var t = Trigger(token: i, lemma: v.lemma, lemmaIndex: vi, isNoun: false, form: v.form, cls: cls, groupStart: i)
      verbGroup(&t, tokens: tokens, lowers: lowers)
      return t
    }
    let lemma = lex.noun(i) ?? lex.verb(i)?.lemma ?? lowers[i]
    return nounTrigger(i, lemma: lemma, lowers: lowers, tokenMention: tokenMention)
  }
}
