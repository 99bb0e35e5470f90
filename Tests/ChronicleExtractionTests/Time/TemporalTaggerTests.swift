import Testing

@testable import ChronicleExtraction

/// Publication date of the test sentences: Monday 17 October 2022.
private let dct = CivilDate(year: 2022, month: 10, day: 17)!

@Suite struct TemporalTaggerTests {
  @Test(arguments: [
    // Absolute dates
    "The accord was signed on [October 3, 2022|DATE|2022-10-03] in Oslo.",
    "Shares fell sharply on [Oct. 5|DATE|2022-10-05], traders said.",
    "The treaty took effect on [17 March 1999|DATE|1999-03-17].",
    "The filing is dated [2021-06-30|DATE|2021-06-30] and stamped [6/30/2021|DATE|2021-06-30].",
    "Growth slowed in [mid-2021|DATE|2021|MID] before picking up.",
    "The band was famous in [the 1990s|DATE|199] and forgotten by [the '80s|DATE|198] revival.",
    "The company was founded in [1998|DATE|1998] by two engineers.",
    "The firm reported its results for [fiscal 1998|DATE|1998].",
    "Net income fell from [the 2020 period|DATE|2020].",
    "Sales for [the full year|DATE|2022] rose; [the current fiscal year|DATE|2022] looks weaker.",
    "Such weapons were rare in [the 20th century|DATE|19].",
    "The castle dates from [the 11th century|DATE|10].",
    "The airline filed for bankruptcy in [fiscal year 2009|DATE|2009].",
    "The plan dates from [early 2020|DATE|2020|START].",
    "The report is due in [late November|DATE|2022-11|END].",
    "Margins improved in [Q3 2022|DATE|2022-Q3] after a weak [spring of 2021|DATE|2021-SP].",
    "The museum will reopen at [Christmas|DATE|2022-12-25].",
    "Shops were shut on [Easter Sunday|DATE|2022-04-17] and [Labor Day|DATE|2022-09-05].",
    "The vote falls on [Election Day|DATE|2022-11-08], before [Thanksgiving|DATE|2022-11-24].",
    "The clinic will close on [Veterans Day|DATE|2022-11-11].",
    "Prices have doubled since [last Thanksgiving|DATE|2021-11-25]; [next Easter|DATE|2023-04-09] they may fall.",
    "The deal should close by [the end of the year|DATE|2022|END].",
    "Voters went to the polls in [nineteen ninety-six|DATE|1996].",
    // Months, years
    "Exports rose in [July|DATE|2022-07], the ministry said.",
    "The vote will be held in [November|DATE|2022-11].",
    "Turnout was low [last July|DATE|2022-07].",
    "Rents peaked in [June last year|DATE|2021-06] and fell in [January this year|DATE|2022-01].",
    "The mine closed in [2021|DATE|2021].",
    // Weekdays
    "She left [Monday|DATE|2022-10-17] and returns [next Tuesday|DATE|2022-10-25].",
    "The president said on [Friday|DATE|2022-10-14] that talks had stalled.",
    "The minister will travel to Paris on [Friday|DATE|2022-10-21].",
    "Rebels attacked the town [last Friday|DATE|2022-10-14].",
    "Police made arrests [Sunday night|DATE|2022-10-16TNI].",
    "The convoy left [Friday morning|DATE|2022-10-14TMO].",
    "The envoy met rebels on [Saturday|DATE|2022-10-15] and will fly home in [December|DATE|2022-12].",
    "[Thursday|DATE|2022-10-13]'s vote will be recounted.",
    "The minister gave no reason for the [Oct. 20|DATE|2022-10-20] deadline.",
    "The talks were held [10 p.m. Wednesday|TIME|2022-10-12T22:00].",
    // Tense cues: modal "would", past perfect plans, names that end in -ed, quotes
    "Aides said the envoy would fly to the United States [Thursday|DATE|2022-10-20].",
    "The offer had been due to expire [Friday|DATE|2022-10-14] before it was extended.",
    "The vote had been scheduled for [Wednesday|DATE|2022-10-12].",
    "The plant opened near the United Reed works [Tuesday|DATE|2022-10-11].",
    "The airline will add flights between Australia and India by [August|DATE|2023-08] in markets untouched by the slump.",
    "Relatives gathered outside the home [Monday|DATE|2022-10-17]. ``We will return,'' one said.",
    "The fund must repay the loan by [February|DATE|2023-02].",
    "The fund had repaid the loan by [February|DATE|2022-02].",
    // A weekday with its date fixes the year; "(this) coming" is the next one
    "The final is on [Saturday, Oct. 22|DATE|2022-10-22], the league said.",
    "The opening was on [Sunday, Oct. 17|DATE|2021-10-17], [a year ago|DATE|2021].",
    "Voters go to the polls [this coming Sunday|DATE|2022-10-23].",
    // Relative days
    "Markets fell [today|DATE|2022-10-17] after dropping [yesterday|DATE|2022-10-16].",
    "The court rules [tomorrow|DATE|2022-10-18].",
    "He arrived [the day before yesterday|DATE|2022-10-15].",
    "The mayor speaks [tonight|TIME|2022-10-17TNI].",
    "Sirens sounded [this morning|TIME|2022-10-17TMO] in the capital.",
    "The cabinet meets [later this afternoon|TIME|2022-10-17TAF|END].",
    // Weeks, months, years, quarters, seasons, weekends
    "Prices rose [last week|DATE|2022-W41] and again [this month|DATE|2022-10].",
    "Elections are planned for [next year|DATE|2023].",
    "Profit doubled in [the third quarter|DATE|2022-Q3].",
    "Margins widened in [the latest quarter|DATE|2022-Q3].",
    "Losses narrowed in [the last half of 2021|DATE|2021-H2] and in [the last quarter of 2020|DATE|2020-Q4].",
    "Deliveries resume [the week of Oct. 24|DATE|2022-W43].",
    "The blast came in [mid-afternoon yesterday|TIME|2022-10-16TAF|MID].",
    "The firm left [about two years ago|DATE|2020|APPROX] after almost [a decade|DURATION|P10Y] there.",
    "Rates will stay high for [the next year or so|DATE|2023|APPROX].",
    "The [third-quarter|DATE|2022-Q3] profit beat forecasts.",
    "Sales in [this year's first quarter|DATE|2022-Q1] beat [last year's fourth quarter|DATE|2021-Q4].",
    "The plant opens in [next year's second half|DATE|2023-H2].",
    "Wildfires spread [last summer|DATE|2022-SU].",
    "Protests are expected [this weekend|DATE|2022-W42-WE].",
    // Computed offsets
    "The strike began [two weeks ago|DATE|2022-W40].",
    "The line should open [two years from now|DATE|2024].",
    "The plant shut on [June 10, 2022|DATE|2022-06-10] and reopened [three days later|DATE|2022-06-13].",
    "The plant shut on [June 10, 2022|DATE|2022-06-10]; [the following Monday|DATE|2022-06-13] it reopened.",
    // Durations
    "The war lasted [three years|DURATION|P3Y].",
    "Prices doubled over [the past two years|DURATION|P2Y].",
    "Exports fell in [the past year|DATE|2021].",
    "The feud has lasted [more than a decade|DURATION|P10Y|MORE_THAN].",
    "The ceasefire held for [24 hours|DURATION|PT24H].",
    "Talks could take [several months|DURATION|PXM].",
    "He served [twenty-five years|DURATION|P25Y] in prison.",
    "The siege lasted [two and a half years|DURATION|P2Y6M].",
    "The flight took [5 1/2 hours|DURATION|PT5H30M] and the repairs [2 1/2 years|DURATION|P2Y6M].",
    "The strike could last [two more weeks|DURATION|P2W].",
    "Shares fell for [five straight days|DURATION|P5D] after a [day-long|DURATION|P1D] outage.",
    "The firm reported results for [the year|DURATION|P1Y].",
    "The two sides have argued for [years|DURATION|PXY].",
    "She signed a [two-year|DURATION|P2Y] contract.",
    "The trial took [nearly five months|DURATION|P5M|APPROX].",
    "Repairs need [at least two weeks|DURATION|P2W|EQUAL_OR_MORE].",
    "The vote took [less than an hour|DURATION|PT1H|LESS_THAN].",
    // Clock times
    "The meeting starts at [3 p.m.|TIME|2022-10-17T15:00].",
    "The curfew begins at [noon|TIME|2022-10-17T12:00].",
    "The blast hit at [9am|TIME|2022-10-17T09:00], a second at [10pm Sunday|TIME|2022-10-16T22:00].",
    "Polls open [around 7:15 p.m.|TIME|2022-10-17T19:15|APPROX].",
    "The cuts apply to [2024 or later|DATE|2024|ON_OR_AFTER].",
    // Sets
    "The council meets [every Monday|SET|XXXX-WXX-1] and [each July|SET|XXXX-07].",
    "The figures are published [weekly|SET|P1W] and audited [annually|SET|P1Y].",
    "Inspectors visit [twice a year|SET|P1Y].",
    // References
    "Talks are [now|DATE|PRESENT_REF] stalled and [currently|DATE|PRESENT_REF] frozen.",
    "No deal is possible [at the moment|DATE|PRESENT_REF].",
    "The firm [recently|DATE|PAST_REF] hired a lawyer.",
    "Prices may fall in [the future|DATE|FUTURE_REF].",
  ])
  func tagsAndNormalizes(markup: String) {
    let (text, expected) = parseTimexMarkup(markup)
    let found = tagForTest(text, published: dct)
    #expect(found == expected, "\(text)")
  }

  /// Prepositions are signals, not part of the extent.
  @Test(arguments: [
    ("Inflation has climbed since July.", "July", "since", "2022-07"),
    ("The talks resume on Monday.", "Monday", "on", "2022-10-17"),
    ("Officials met in March.", "March", "in", "2022-03"),
    ("The offer stands until Friday.", "Friday", "until", "2022-10-14"),
  ])
  func reportsSignals(text: String, extent: String, signal: String, value: String) {
    let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
    let found = TemporalTagger().tag(analyzed, published: dct)
    #expect(found.count == 1)
    #expect(found.first?.text == extent)
    #expect(found.first?.signal == signal)
    #expect(found.first?.value == value)
  }

  /// A quarter without a year is the publication year's, unless the clause is past: in a
  /// January story, "profits fell in the fourth quarter" is last year's.
  @Test(arguments: [
    ("Profits fell in [the fourth quarter|DATE|2022-Q4].", CivilDate(year: 2023, month: 1, day: 20)!),
    ("The firm will report [third-quarter|DATE|2022-Q3] earnings.", CivilDate(year: 2022, month: 10, day: 17)!),
    ("Profits fell in [the third quarter|DATE|2022-Q3].", CivilDate(year: 2022, month: 10, day: 17)!),
  ])
  func quartersFollowTheClauseTense(markup: String, published: CivilDate) {
    let (text, expected) = parseTimexMarkup(markup)
    #expect(tagForTest(text, published: published) == expected, "\(text)")
  }

  /// "And June Carter…": the month word's context is read two tokens back, before the
  /// sentence's start (this used to trap on the array index); June is a name here.
  @Test func monthNameAfterASentenceInitialConjunction() {
    let text = TextAnalyzer().analyze("And June Carter sang on Monday.", headlineLength: 0)
    #expect(TemporalTagger().tag(text, published: dct).map(\.text) == ["Monday"])
  }

  @Test func anchorsQuotesToTheSpeechDate() {
    let text = "\u{201C}We saw the drones this morning,\u{201D} the governor said Friday."
    let found = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: dct)
    let morning = found.first { $0.text == "this morning" }
    #expect(morning?.value == "2022-10-14TMO")
    #expect(morning?.anchor == .speech)
    #expect(found.first { $0.text == "Friday" }?.anchor == .documentDate)
  }

  @Test func anchorsLaterDaysToTheNarrative() {
    let text = "The dam burst on March 2, 2021. Two days later the river flooded the town. The next morning troops came."
    let found = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: dct)
    let later = found.first { $0.text == "Two days later" }
    #expect(later?.value == "2021-03-04")
    #expect(later?.anchor == .narrative)
    // Narrative-resolved days move the narrative on.
    #expect(found.first { $0.text == "The next morning" }?.value == "2021-03-05")
  }

  @Test func thatYearRefersToTheLastExplicitPeriod() {
    let text = "The firm moved to Texas in June 2015 and went bankrupt later that year."
    let found = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: dct)
    let later = found.first { $0.text == "later that year" }
    #expect(later?.value == "2015")
    #expect(later?.anchor == .narrative)
  }

  @Test func saidOnThePublicationWeekdayIsThePublicationDay() {
    let found = tagForTest("The ministry said Monday that the drones were Iranian.", published: dct)
    #expect(found.map(\.value) == ["2022-10-17"])
  }

  @Test func absoluteDatesAreMarkedAbsolute() {
    let analyzed = TextAnalyzer().analyze("It happened on May 4, 2019.", headlineLength: 0)
    let found = TemporalTagger().tag(analyzed, published: dct)
    #expect(found.first?.anchor == .absolute)
  }

  /// Without a publication date, relative values stay resolvable patterns.
  @Test(arguments: [
    ("The envoy arrived Monday.", "XXXX-WXX-1", "2022-10-17"),
    ("The ministry reported strong exports in July.", "XXXX-07", "2022-07"),
    ("Exports rose in December.", "XXXX-12~<=", "2021-12"),
    ("Sirens sounded this morning.", "XXXX-XX-XXTMO", "2022-10-17TMO"),
    ("Talks are now stalled.", "PRESENT_REF", "PRESENT_REF"),
    ("Prices fell yesterday.", "XXXX-XX-XX~-1", "2022-10-16"),
    ("The minister will visit next Tuesday.", "XXXX-WXX-2~=+1", "2022-10-25"),
    ("Rebels attacked the town last Friday.", "XXXX-WXX-5~<", "2022-10-14"),
    ("Prices rose last week.", "XXXX-WXX~-1", "2022-W41"),
    ("Protesters marched over the weekend.", "XXXX-WXX-WE~<=", "2022-W41-WE"),
    ("Talks will resume over the weekend.", "XXXX-WXX-WE", "2022-W42-WE"),
  ])
  func keepsUnresolvedPatterns(text: String, pattern: String, resolved: String) {
    let found = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: nil)
    #expect(found.count == 1)
    #expect(found.first?.value == pattern)
    if pattern.hasPrefix("XXXX") {
      #expect(found.first?.anchor == .unresolved)
      #expect(TimexValue.resolve(pattern, published: dct) == resolved)
      // Late resolution equals tagging with the date.
      let direct = TemporalTagger().tag(TextAnalyzer().analyze(text, headlineLength: 0), published: dct)
      #expect(direct.first?.value == resolved)
    } else {
      #expect(TimexValue.resolve(pattern, published: dct) == nil)
    }
  }

  /// Words that only look temporal: each sentence must yield no expression at all.
  @Test(arguments: [
    // "We" (not Wednesday), "May" the name and the modal, "March" the verb and the noun
    "We think the plan works, and we will say so.",
    "Theresa May met the Irish premier in Dublin.",
    "Prime Minister May said the vote may slip.",
    "Thousands march through the capital; the unions will march again.",
    "Protesters March to the palace, the headline said.",
    // "Sun" the newspaper and the company; "Sat" the verb
    "The Sun reported that the minister resigned.",
    "Sun said its servers were safe.",
    "The delegates sat in silence.",
    // "second" as an ordinal, not a unit
    "He came second in the race.",
    "The second round of talks failed.",
    "A second ship was hit, the navy said.",
    // "present" as a verb or adjective
    "The ministers will present their plan to parliament.",
    "She presented the report; all members were present.",
    // Quantities, labels and addresses that look like years
    "The firm sold 1995 cars and hired 2000 workers.",
    "Flight 1997 landed safely and Room 2020 was sealed.",
    "Protesters gathered outside 1600 Pennsylvania Avenue.",
    "The fund lost $2021 per share.",
    // Ages
    "Her son, 37 years old, stayed at the farm.",
    // Given names that are month names
    "June Carter sang and April Ryan asked the question.",
    "August Wilson wrote the play.",
  ])
  func ignoresWordsThatOnlyLookTemporal(text: String) {
    let found = tagForTest(text, published: dct)
    #expect(found.isEmpty, "\(found)")
  }

  /// The same words in temporal use are still found.
  @Test(arguments: [
    "The vote was held in [May|DATE|2022-05] and repeated on [Wed.|DATE|2022-10-12]",
    "The ceasefire started in [March|DATE|2022-03]; by [August|DATE|2022-08] it had collapsed.",
    "In [June|DATE|2022-06] Congress passed the bill.",
    "The hearing is set for [Sun.|DATE|2022-10-23]; [at present|DATE|PRESENT_REF] nothing else is planned.",
    "The reactor was shut for [two seconds|DURATION|PT2S] in [1995|DATE|1995].",
  ])
  func stillTagsTheTemporalUses(markup: String) {
    let (text, expected) = parseTimexMarkup(markup)
    let found = tagForTest(text, published: dct)
    #expect(found == expected, "\(text)")
  }

  @Test func ignoresNonTemporalLookalikes() {
    let found = tagForTest("Theresa May said the troops may march. 1500 troops left. He paid $2000.", published: dct)
    #expect(found.isEmpty, "\(found)")
  }
}
