import ChronicleExtraction

/// A small, fast, seedable random number generator (SplitMix64): the same seed gives
/// the same sequence on every platform.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<bound` (`bound` > 0).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// An element of `items`, the first ones more likely (roughly Zipf: news is about a
  /// few actors most of the time).
  public mutating func skewed<T>(_ items: [T]) -> T {
    let u = Double(next() >> 11) / Double(1 << 53)
    return items[min(items.count - 1, Int(Double(items.count) * u * u))]
  }

  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Deterministic news-like articles for benchmarks: headlines and bodies about actors of
/// the built-in knowledge (countries, capitals, governments, organizations, leaders),
/// events of many categories (accusations, threats, talks, aid, sanctions, attacks,
/// visits, agreements…), absolute and relative dates, quotes and background sentences,
/// of varied length. Article *n* depends only on the seed and *n*.
public struct NewsGenerator: Sendable {
  public let seed: UInt64

  public init(seed: UInt64 = 1) { self.seed = seed }

  /// Actors as written in the news, most newsworthy first.
  static let actors = [
    "Iran", "Russia", "the United States", "Ukraine", "China", "Israel", "the White House", "Tehran",
    "Moscow", "the Kremlin", "Joe Biden", "Vladimir Putin", "Volodymyr Zelenskyy", "Washington", "Beijing",
    "Kyiv", "NATO", "the European Union", "the United Nations", "Turkey", "Recep Tayyip Erdogan", "France",
    "Germany", "the United Kingdom", "Saudi Arabia", "Syria", "Iraq", "Lebanon", "Egypt", "Qatar", "Japan",
    "India", "Pakistan", "North Korea", "South Korea", "Venezuela", "Brazil", "Mexico", "Poland", "Hungary",
    "Belarus", "Armenia", "Azerbaijan", "Ethiopia", "Sudan", "Nigeria", "South Africa", "Kenya", "Australia",
    "Canada", "Italy", "Spain", "Greece", "Cuba", "Afghanistan", "Yemen", "Libya", "Jordan", "Taiwan",
    "Vietnam", "Indonesia", "Dmitry Peskov", "Donald Trump", "Barack Obama", "Kamala Harris",
  ]

  /// Verb phrases in the past tense: "<A> accused <B> of …".
  static let actions = [
    "accused", "condemned", "threatened", "warned", "criticized", "praised", "thanked", "met",
    "met with", "called on", "urged", "sanctioned", "attacked", "invaded", "shelled", "visited",
    "signed an agreement with", "signed a deal with", "negotiated with", "held talks with",
    "supplied weapons to", "sent aid to", "promised aid to", "expelled diplomats from", "recognized",
    "rejected the proposal of", "denied the claims of", "demanded compensation from", "blamed",
    "cooperated with", "hosted", "invited", "arrested citizens of", "welcomed", "supported",
    "imposed new sanctions on", "cut ties with", "reached a ceasefire with", "mediated between",
  ]

  static let objects = [
    "over the drone strikes", "after the border clash", "on energy supplies", "over the nuclear programme",
    "about the prisoner exchange", "in a dispute over grain exports", "over human rights abuses",
    "after talks collapsed", "on trade and investment", "over the detained journalists",
  ]

  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  static let background = [
    "The talks have stalled for months, officials said.",
    "Analysts expect the dispute to continue.",
    "Markets reacted calmly to the news.",
    "Diplomats described the atmosphere as tense but constructive.",
    "Oil prices rose slightly after the announcement.",
    "The statement did not give further details.",
    "Several ministers attended the meeting in the capital.",
    "Critics called the move a dangerous escalation.",
  ]

  /// A date phrase relative to or absolute from the publication date.
  func datePhrase(_ random: inout SeededRandom, published: CivilDate) -> String {
    switch random.below(12) {
    case 0: return "on \(Self.weekdays[random.below(7)])"
    case 1: return "yesterday"
    case 2: return "this morning"
    case 3: return "last week"
    case 4: return "since \(Self.months[random.below(12)])"
    case 5: return "earlier this month"
    case 6:
      let day = published.adding(days: -random.below(400))
      return "on \(day.day) \(Self.months[day.month - 1]) \(day.year)"
    case 7:
      let day = published.adding(days: -random.below(60))
      return "on \(Self.months[day.month - 1]) \(day.day)"
    case 8: return "in \(Self.months[random.below(12)]) \(published.year - random.below(3))"
    case 9: return "last year"
    case 10: return "two days ago"
    default: return "on \(Self.weekdays[random.below(7)]) night"
    }
  }

  func eventSentence(_ random: inout SeededRandom, published: CivilDate) -> String {
    let a = random.skewed(Self.actors)
    var b = random.skewed(Self.actors)
    if b == a { b = Self.actors[(Self.actors.firstIndex(of: a)! + 1) % Self.actors.count] }
    let when = datePhrase(&random, published: published)
    let action = random.pick(Self.actions)
    switch random.below(6) {
    case 0:
      return "\(capitalized(a)) \(action) \(b) \(random.pick(Self.objects)) \(when)."
    case 1:
      return "\(capitalized(when)), \(a) \(action) \(b)."
    case 2:
      let speaker = random.skewed(Self.actors)
      return "\"We will not accept this,\" \(speaker) said \(when), after \(a) \(action) \(b)."
    case 3:
      return "\(capitalized(a)) said it had \(action) \(b) \(when), according to state media."
    case 4:
      return "\(capitalized(a)) and \(random.skewed(Self.actors)) \(action) \(b) \(when)."
    default:
      return "\(capitalized(a)) \(action) \(b) \(when) \(random.pick(Self.objects))."
    }
  }

  private func capitalized(_ s: String) -> String {
    guard let first = s.first, first.isLowercase else { return s }
    return first.uppercased() + s.dropFirst()
  }

  /// Article number `index`: a headline and 3–40 sentences in 1–8 paragraphs, published
  /// between 2019 and 2024.
  public func article(_ index: Int) -> Article {
    var random = SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    let published = CivilDate(dayNumber: CivilDate(year: 2019, month: 1, day: 1)!.dayNumber + random.below(2_190))
    let headline = eventSentence(&random, published: published).dropLast()
    let sentenceCount = 3 + random.below(random.below(4) == 0 ? 38 : 14)
    var paragraphs: [String] = []
    var paragraph: [String] = []
    for _ in 0..<sentenceCount {
      paragraph.append(
        random.below(4) == 0 ? random.pick(Self.background) : eventSentence(&random, published: published))
      if random.below(4) == 0 {
        paragraphs.append(paragraph.joined(separator: " "))
        paragraph.removeAll()
      }
    }
    if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
    return Article(
      id: "bench-\(seed)-\(index)", title: String(headline), body: paragraphs.joined(separator: "\n\n"),
      published: published, url: "https://news.example/\(seed)/\(index)", source: "Bench Wire",
      origin: "bench/\(index).txt", format: .text)
  }

  /// Articles `range`.
  public func articles(_ range: Range<Int>) -> [Article] { range.map(article) }
}
