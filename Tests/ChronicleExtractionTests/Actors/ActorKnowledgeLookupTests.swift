import Testing

@testable import ChronicleExtraction

/// The lookup tables the recognizer reads instead of strings and dictionaries must hold
/// exactly what the word sets, the regional modifiers, the entries and the people say.
@Suite struct ActorKnowledgeLookupTests {
  let k = ActorKnowledge.shared

  func spelled(_ ids: [Int32]) -> String {
    ids.map { k.vocabulary.words[Int($0)] }.joined(separator: " ")
  }

  @Test func phraseSetMembersSpellTheSetsPhrases() {
    let sets: [(Set<String>, UInt8)] = [
      (SentencePass.adjectivalAgents, ActorKnowledge.adjectivalAgentWord),
      (SentencePass.needsModifier, ActorKnowledge.needsModifierWord),
      (SentencePass.governingBodies, ActorKnowledge.governingBodyWord),
    ]
    for (set, bit) in sets {
      let expected = set.filter { $0.contains(" ") }
      let members = k.phraseSetMembers.filter { $0.bit == bit }.map { spelled($0.words) }
      #expect(Set(members) == expected)
      #expect(members.count == expected.count)
    }
  }

  @Test func regionPhrasesSpellTheRegionalModifiers() {
    let spelledRegions = k.regionPhrases.map { r in spelled(r.second >= 0 ? [r.first, r.second] : [r.first]) }
    #expect(Set(spelledRegions) == Set(SentencePass.regions.keys))
    for r in k.regionPhrases {
      let key = spelled(r.second >= 0 ? [r.first, r.second] : [r.first])
      #expect(SentencePass.regions[key]?.name == r.name)
      #expect(SentencePass.regions[key]?.code == r.code)
    }
  }

  @Test func capitalLocativesAreTheLocatives() {
    for word in SentencePass.locatives {
      let id = k.vocabulary.id(word)
      #expect(id >= 0 && k.setsByWord[Int(id)] & ActorKnowledge.capitalLocativeWord != 0)
    }
    let flagged = k.setsByWord.indices.filter { k.setsByWord[$0] & ActorKnowledge.capitalLocativeWord != 0 }
    #expect(flagged.count == SentencePass.locatives.count)
  }

  @Test func peopleByEntityAndSurnameKeysFollowThePeople() {
    for (n, entity) in k.entityList.enumerated() {
      #expect(k.peopleByEntity[n]?.person.id == k.people[entity.id]?.id)
      let number = Int32(n)
      if k.people[entity.id] != nil {
        for date in [CivilDate(iso: "2015-06-01"), nil] {
          let byNumber = k.personCode(number: number, on: date)
          let byID = k.personCode(id: entity.id, on: date)
          #expect(byNumber.code == byID.code && byNumber.role == byID.role)
        }
      }
      if entity.type == .person {
        #expect(k.surnameKeys[entity.id] == SentencePass.surnameKey(k.nameKey(entity)))
      }
      #expect(k.surnameByEntity[n] == k.surnameKeys[entity.id])
    }
  }
}

/// The frozen copy of a trie that the knowledge keeps answers as the trie does.
@Suite struct PhraseTrieTablesTests {
  @Test func tablesAnswerAsTheTrie() {
    let trie = PhraseTrieTests.nested(12)
    let tables = PhraseTrie.Tables(trie)
    let words: [Int32] = Array(1...12) + [99, 1, 2]
    for start in words.indices {
      #expect(tables.view.longest(in: words, from: start)?.end == trie.longest(in: words, from: start)?.end)
      #expect(tables.view.longest(in: words, from: start)?.value == trie.longest(in: words, from: start)?.value)
      #expect(tables.view.path(in: words, from: start).count == trie.path(in: words, from: start).count)
    }
    #expect(tables.view.value(word: 1) == 10)
    #expect(tables.view.value([1, 2, 3]) == 30)
    #expect(tables.view.value(word: 99) == nil)
  }
}
