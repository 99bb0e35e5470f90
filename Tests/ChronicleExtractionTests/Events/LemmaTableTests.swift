import Testing

@testable import ChronicleExtraction

/// The interned lemmas answer what each word list and table answers, and a run on a reused
/// scratch set extracts what a run on a new one does.
@Suite struct LemmaTableTests {
  @Test(arguments: ["say", "launch", "agree", "sign", "withdraw", "deny", "strike", "plan", "be", "set", "face",
    "urge", "want", "denial", "receive", "according", "frobnicate", "", "café"])
  func answersAsTheLists(lemma: String) {
    let table = LemmaTable.shared
    let index = table.index(of: lemma)
    for (flag, contains) in LemmaTable.flagLists {
      #expect(table.has(index, flag) == contains(lemma), "\(lemma): \(flag)")
    }
    #expect(table.timemlClass(index) == EventLexicon.timemlClass(ofVerb: lemma))
    let entry = EventLexicon.codeEntries[lemma]
    #expect(table.infos[Int(index)].code?.category == entry?.category)
    #expect(table.infos[Int(index)].codeRule == entry?.category.map { "code:" + $0.cameo })
    #expect(table.infos[Int(index)].preferredPrepRule == EventRun.preferredPreps[lemma].map { "prep:" + $0 })
  }

  @Test func comparedLemmasAreInterned() {
    let table = LemmaTable.shared
    let compared = [("warn", table.warn), ("deny", table.deny), ("reject", table.reject), ("sign", table.sign), ("agree", table.agree)]
    for (lemma, index) in compared {
      #expect(index > 0 && index == table.index(of: lemma), "\(lemma)")
    }
  }

  @Test func everyMemberIsInterned() {
    let table = LemmaTable.shared
    for word in VerbLexicon.verbs.members.union(EventRun.plannedSet.members).union(EventLexicon.lightVerbs.members) {
      #expect(table.index(of: word) > 0, "\(word)")
    }
    #expect(table.index(of: "frobnicate") == 0)
  }

  @Test func reusedScratchExtractsAsNew() {
    let extractor = Extractor()
    let long = Article(
      id: "long", title: "Talks",
      body: "Iran accused Russia of shelling Kyiv on Monday after the two sides had agreed to withdraw their forces "
        + "from the border region, officials in Tehran and Moscow said in statements issued late on Sunday night.",
      published: CivilDate(year: 2022, month: 10, day: 17), format: .text)
    let short = Article(
      id: "short", title: "Visit", body: "Germany will send aid to Kenya. Kenya welcomed it.",
      published: CivilDate(year: 2022, month: 10, day: 17), format: .text)
    // The short article after the long one reads scratch arrays longer than its sentences.
    let first = [long, short, long].map { extractor.extract($0).events }
    let again = [short, long, short].map { extractor.extract($0).events }
    #expect(first[1] == again[0])
    #expect(first[0] == again[1])
    #expect(first[2] == first[0])
    #expect(again[2] == again[0])
  }
}
