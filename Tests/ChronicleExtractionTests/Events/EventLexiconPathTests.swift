import Testing

@testable import ChronicleExtraction

/// The byte paths of the lexicons (plain ASCII words) answer exactly as the `String` paths
/// they replace, and the per-token word classes as the ``Words`` sets.
@Suite struct EventLexiconPathTests {
  /// Words that exercise every suffix rule: regular and irregular inflections, doubled
  /// consonants, "-ies"/"-ied", nominalizations, plurals, short words and non-words.
  static let words: [String] = {
    var words = """
      sold selling denies stopped taken negotiated pursued carries tries making ran withdrew lying pressuring
      sanctioned walked sells table is has 's 're 've a an be go goes going gone went planning planned plans
      hoped hoping stopping referred referring cried crying carried studies studied watches wishes fixes buzzes
      goes echoes does misses kisses boss bus gas yes this its news ing ed es s ies ied eed agreed freed
      negotiations negotiation agreement agreements denials denial invasion invasions government nation
      nations elections classification classifications notification ratification demonstration demonstrations
      declaration preparation preparations competition competitions expansion expansions division invasion
      decision decisions conclusion extension admission permission protection production reduction election
      deployment deployments payment arrival arrivals approval refusal proposal performance acceptance
      appearance assistance insistence existence reference occurrence dependence relations relation crises
      bombings killings meetings ceasefire cease-fire talks strikes attacks churches clashes taxes boxes
      witnesses addresses processes businesses policies companies countries parties stories replies supplies
      o'clock rock'n'roll x-ray e-mail 3d 123 , . ; '' ' - -- ---
      """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    words += VerbLexicon.verbs.members.sorted().prefix(400).flatMap { [$0, $0 + "s", $0 + "ed", $0 + "ing", $0 + "ation", $0 + "ment"] }
    words += EventLexicon.eventNouns.keys.sorted().flatMap { [$0, $0 + "s", $0 + "es"] }
    words += EventLexicon.nonEventNouns.members.sorted().flatMap { [$0, $0 + "s"] }
    return words + [""]
  }()

  @Test func lemmatizeBytePathMatchesStringPath() {
    for word in Self.words {
      let fast = VerbLexicon.lemmatize(word)
      let slow = VerbLexicon.lemmatizeUnicode(word)
      #expect(fast?.lemma == slow?.lemma && fast?.form == slow?.form, "\(word)")
    }
  }

  @Test func eventNounBytePathMatchesStringPath() {
    for word in Self.words {
      #expect(EventLexicon.eventNoun(word) == EventLexicon.eventNounUnicode(word), "\(word)")
    }
  }

  /// Every regular inflection of every verb, every nominalization the suffix rules can read
  /// back to a verb, the plurals of both and of every event noun: the words the byte tests
  /// of ``VerbLexicon/mayInflect(_:)`` and ``EventLexicon/mayDeriveEventNoun(_:)`` must let through.
  static let derivedWords: [String] = {
    var words = Self.words
    for verb in VerbLexicon.verbs.members.sorted() {
      let stem = String(verb.dropLast())
      let last = verb.last.map(String.init) ?? ""
      words += [verb + "s", verb + "es", verb + "d", verb + "ed", verb + "ing", stem + "ing", stem + "ies", stem + "ied"]
      words += [verb + last + "ing", verb + last + "ed"]
      for (suffix, ending) in EventLexicon.nominalStems where verb.hasSuffix(ending.description) {
        let noun = String(verb.dropLast(ending.utf8CodeUnitCount)) + suffix.description
        words += [noun, noun + "s", noun + "es", String(noun.dropLast()) + "ies"]
      }
    }
    for noun in EventLexicon.eventNouns.keys.sorted() {
      words += [noun + "s", noun + "es", String(noun.dropLast()) + "ies"]
    }
    return words
  }()

  /// The byte tests asked before the suffix rules of a word outside the vocabulary never
  /// turn away a word the rules would read.
  @Test func certainlyNotTestsLetEveryDerivedWordThrough() {
    var read = 0
    for word in Self.derivedWords {
      var copy = word
      copy.withUTF8 { bytes in
        guard PlainWord.isPlain(bytes) else { return }
        if PlainWord.with(bytes, VerbLexicon.regularForm) != nil {
          read += 1
          #expect(VerbLexicon.mayInflect(bytes), "\(word)")
        }
        if PlainWord.with(bytes, { EventLexicon.eventNoun(plain: $0, known: false) }) != nil {
          read += 1
          #expect(EventLexicon.mayDeriveEventNoun(bytes), "\(word)")
        }
      }
    }
    #expect(read > 5000)
    // And words the tests turn away.
    for word in ["obama", "table", "quickly", "yes", "bus", "boss", "stronger", "xyzzying", "qqqqations"] {
      var copy = word
      copy.withUTF8 { bytes in
        #expect(!VerbLexicon.mayInflect(bytes) || !EventLexicon.mayDeriveEventNoun(bytes), "\(word)")
      }
    }
  }

  /// ``EventRun/verbLemma(_:)`` (vocabulary table, "certainly not" test, then the suffix
  /// rules) answers as ``VerbLexicon/lemmatize(_:)``, on every kind of word.
  /// (Named lists: the test log names each case instead of printing its words.)
  @Test(arguments: ["words", "derived words", "odd words"])
  func verbLemmaIsLemmatizesLemma(_ list: String) {
    let oddWords = ["Said", "said\u{301}", "s\u{e9}ized", "a b", "ran\n"]
    let words = list == "words" ? Self.words : list == "derived words" ? Self.derivedWords : oddWords
    #expect(!words.isEmpty)
    for word in words {
      #expect(EventRun.verbLemma(word) == VerbLexicon.lemmatize(word)?.lemma, "\(word)")
    }
  }

  /// After a longer sentence, a shorter one is read alone: the per-token arrays that only
  /// grow keep the longer one's entries past ``SentenceLex/count``, which no accessor reads.
  @Test func sentenceLexForgetsALongerSentence() {
    let lex = SentenceLex()
    let long = TextAnalyzer().analyze("If Iran said that the talks would resume, the envoys met again.", headlineLength: 0)
    let short = TextAnalyzer().analyze("Talks resumed.", headlineLength: 0)
    lex.load(long.sentences[0].tokens)
    lex.load(short.sentences[0].tokens)
    #expect(lex.count == short.sentences[0].tokens.count)
    #expect(lex.lowers.count == lex.count)
    #expect(lex.cls(lex.count).isEmpty && lex.lit(lex.count) == .none && lex.verb(lex.count) == nil)
    #expect(!lex.any(0, 99, .comma) && lex.all(0, 99, { $0 != .that }))
    var scopes: [Bool] = []
    EventRun.conditionalScopes(lex.classes, count: lex.count, into: &scopes)
    #expect(scopes.count == lex.count + 1 && !scopes.contains(true))
  }

  /// ``SentenceLex`` reads every token as the lexicons do, also the words outside its
  /// vocabulary whose readings it rules out from their bytes alone.
  @Test func sentenceLexReadingsMatchTheLexicons() {
    let words = (Self.derivedWords + ["obama", "quickly", "stronger", "bus", "boss", "xyzzying", "qqqqations"])
      .filter { $0.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
    let lex = SentenceLex()
    var start = 0
    while start < words.count {
      let chunk = words[start..<min(start + 200, words.count)]
      start += 200
      let text = TextAnalyzer().analyze(chunk.joined(separator: " "), headlineLength: 0)
      for sentence in text.sentences {
        lex.load(sentence.tokens)
        for i in sentence.tokens.indices {
          let word = lex.lowers[i]
          let verb = VerbLexicon.lemmatize(word)
          #expect(lex.verb(i)?.lemma == verb?.lemma && lex.verb(i)?.form == verb?.form, "\(word)")
          #expect(lex.noun(i) == EventLexicon.eventNoun(word), "\(word)")
          // Small strings are read from their two words, longer ones in place: the same bytes.
          #expect(lex.wordHash(i) == TriggerFeatures.fnv(word), "\(word)")
          #expect(lex.cls(i).contains(.endsInS) == word.hasSuffix("s"), "\(word)")
        }
      }
    }
  }

  @Test func nonASCIIWordsTakeTheStringPath() {
    #expect(EventLexicon.eventNoun("négociations") == EventLexicon.eventNounUnicode("négociations"))
    #expect(VerbLexicon.lemmatize("café") == nil)
  }

  @Test func wordClassesMatchTheSets() {
    let sets: [(EventWordSet, WordClass)] = [
      (Words.determiners, .determiner), (Words.prepositions, .preposition), (Words.subjectPronouns, .subjectPronoun),
      (Words.objectPronouns, .objectPronoun), (Words.modals, .modal), (Words.negations, .negation),
      (Words.adverbs, .adverb), (Words.preVerbAdverbs, .preVerbAdverb), (Words.clauseBarriers, .clauseBarrier),
      (Words.beForms, .beForm), (Words.haveForms, .haveForm), (Words.doForms, .doForm),
      (Words.needsVerbContext, .needsVerbContext), (Words.articlesAndPossessives, .articleOrPossessive),
      (Words.participleAdjectives, .participleAdjective), (Words.periodNouns, .periodNoun),
      (Words.nonHeads, .nonHead), (EventRun.licensedPreps, .licensedPrep),
    ]
    for word in Self.words + sets.flatMap({ $0.0.members }) {
      let classes = WordClass.of(word)
      for (set, cls) in sets { #expect(classes.contains(cls) == set.contains(word), "\(word)") }
      #expect(classes.contains(.endsInS) == word.hasSuffix("s"))
      #expect(classes.contains(.endsInLy) == word.hasSuffix("ly"))
    }
  }

  @Test func sentenceLexReadsEachToken() {
    let lex = SentenceLex()
    let text = TextAnalyzer().analyze("Iran denied the negotiations quickly.", headlineLength: 0)
    lex.load(text.sentences[0].tokens)
    #expect(lex.verb(1)?.lemma == "deny")
    #expect(lex.noun(3) == "negotiate")
    #expect(lex.isA(2, .determiner))
    #expect(lex.isA(4, .endsInLy))
    #expect(lex.cls(-1).isEmpty && lex.cls(99).isEmpty && lex.verb(99) == nil)
  }
}
