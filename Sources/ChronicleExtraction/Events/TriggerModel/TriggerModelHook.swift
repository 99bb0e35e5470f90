extension EventExtractor {
  /// The trigger candidates of `text` with their features and gold-independent rule
  /// decisions, as the learned classifier sees them (every word token outside time
  /// expressions and actor mentions), for training a ``TriggerModel``. The rules decide
  /// alone here (no model), as they do before a model is applied.
  public func triggerCandidates(
    _ text: AnalyzedText, times: [TimeExpression], actors: [ActorMention], published: CivilDate?
  ) -> [TriggerCandidate] {
    var run = EventRun(text: text, times: times, actors: actors, published: published, counterparties: counterparties)
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
  /// word token outside time expressions and actor mentions is a candidate; the model keeps
  /// or adds a trigger when it scores the token an event. A rule trigger the model rejects
  /// is marked like a compound modifier: it is dropped at the end of the sentence unless it
  /// was coded with a source or target, so coded actor events survive.
  mutating func applyTriggerModel(
    _ triggers: inout [Trigger], tokens: [Token], tokenMention: [Int?], inTime: [Bool], headline: Bool
  ) {
    guard triggerModel != nil || candidateLog != nil else { return }
    let s = triggerScratch
    loadTriggerScratch(tokens: tokens, triggers: triggers, tokenMention: tokenMention, inTime: inTime, scratch: s)
    let lowers = lex.lowers
    var out: [Trigger] = []
    out.reserveCapacity(triggers.count + 4)
    var k = 0
    for i in tokens.indices {
      var rule: Trigger?
      if k < triggers.count && triggers[k].token == i {
        rule = triggers[k]
        k += 1
      }
      guard lex.isA(i, .wordToken), tokenMention[i] == nil, inTime.isEmpty || !inTime[i] else {
        if let rule { out.append(rule) }
        continue
      }
      triggerFeatures(i, headline: headline, scratch: s)
      if candidateLog != nil {
        candidateLog!.append(
          TriggerCandidate(span: tokens[i].span, features: s.features, ruleTrigger: rule != nil, ruleClass: rule?.cls))
      }
      guard let model = triggerModel else {
        if let rule { out.append(rule) }
        continue
      }
      let event = model.score(s.features) > model.threshold
      if var t = rule {
        if event {
          t.compound = false
          if Self.reclassRuleTriggers, let c = model.classify(s.features) { t.cls = c }
        } else {
          t.compound = true
        }
        out.append(t)
      } else if event {
        var t = modelTrigger(i, tokens: tokens, lowers: lowers, tokenMention: tokenMention)
        if let c = model.classify(s.features) { t.cls = c }
        out.append(t)
      }
    }
    triggers = out
  }

  /// A trigger for token `i` that the rules did not find: a verb (with its verb group)
  /// when the lexicon reads it as one outside a noun context, else a noun.
  func modelTrigger(_ i: Int, tokens: [Token], lowers: [String], tokenMention: [Int?]) -> Trigger {
    let pc = lex.cls(i - 1)
    let nounContext = pc.contains(.determiner) || pc.contains(.cardinal) || pc.contains(.preposition)
    if let v = lex.verb(i), !nounContext || v.form == .pastParticiple || v.form == .pastOrParticiple {
      let cls: EventClass = v.lemma == "be" || v.lemma == "have" ? .state : EventLexicon.timemlClass(ofVerb: v.lemma)
      var t = Trigger(token: i, lemma: v.lemma, isNoun: false, form: v.form, cls: cls, groupStart: i)
      verbGroup(&t, tokens: tokens, lowers: lowers)
      return t
    }
    let lemma = lex.noun(i) ?? lex.verb(i)?.lemma ?? lowers[i]
    return nounTrigger(i, lemma: lemma, lowers: lowers, tokenMention: tokenMention)
  }
}
