import ChronicleExtraction

/// TimeML for one extraction result (`chronicle extract --format timeml`), so that NLP
/// tools that read TimeBank-style files can consume Chronicle's output.
///
/// - `DOCID`, `DCT` (`t0`, `functionInDocument="CREATION_TIME"`), `TITLE` (the headline),
///   and `TEXT`: the analyzed text (headline, blank line, body) with `TIMEX3` and `EVENT`
///   tags around the expressions and triggers; removing the tags gives the text back.
/// - Each `TIMEX3` has `tid` (`t1`…), `type`, `value`, `mod` when set, `temporalFunction`
///   and `anchorTimeID="t0"` for values resolved against the publication date.
/// - Each `EVENT` has `eid` (`e1`…, numbered like `extract`'s JSON) and `class`, and a
///   `MAKEINSTANCE` (`eiid` `ei1`…) carries `tense`, `aspect`, `polarity` and `pos`.
/// - Each event anchored to a time expression gets a `TLINK` with its relation type
///   (`IS_INCLUDED`, `BEGUN_BY`…), the event as `eventInstanceID`, the time as
///   `relatedToTime`.
/// - An event trigger that overlaps a time expression is left untagged (TimeML tags
///   do not nest), as is anything that would cross another tag.
public enum TimeMLExport {
  public static func timeml(_ result: ExtractionResult) -> String {
    let bytes = Array(result.text.text.utf8)
    enum Kind { case timex(Int), event(Int) }
    var tags: [(span: TextSpan, kind: Kind)] = []
    for (i, t) in result.times.enumerated() { tags.append((t.span, .timex(i))) }
    for (i, e) in result.events.enumerated() { tags.append((e.span, .event(i))) }
    // Time expressions first at equal starts, longer spans first; then drop overlaps.
    tags.sort {
      if $0.span.start != $1.span.start { return $0.span.start < $1.span.start }
      if case .timex = $0.kind, case .event = $1.kind { return true }
      return $0.span.end > $1.span.end
    }
    var kept: [(span: TextSpan, kind: Kind)] = []
    for tag in tags where tag.span.start < tag.span.end && tag.span.end <= bytes.count {
      if let last = kept.last, last.span.end > tag.span.start { continue }
      kept.append(tag)
    }
    var taggedEvents = Set<Int>()
    var text = ""
    var cursor = 0
    func plain(_ upTo: Int) {
      if cursor < upTo { text += Markup.escape(String(decoding: bytes[cursor..<upTo], as: UTF8.self), attribute: false) }
      cursor = upTo
    }
    for tag in kept {
      plain(tag.span.start)
      let inner = Markup.escape(String(decoding: bytes[tag.span.start..<tag.span.end], as: UTF8.self), attribute: false)
      switch tag.kind {
      case .timex(let i):
        let t = result.times[i]
        var open = "<TIMEX3 tid=\"t\(i + 1)\" type=\"\(t.type.rawValue)\" value=\"\(Markup.escape(t.value))\""
        if let mod = t.mod { open += " mod=\"\(Markup.escape(mod))\"" }
        switch t.anchor {
        case .absolute: open += " temporalFunction=\"false\""
        case .documentDate: open += " temporalFunction=\"true\" anchorTimeID=\"t0\""
        case .narrative, .speech, .unresolved: open += " temporalFunction=\"true\""
        }
        text += open + " functionInDocument=\"NONE\">" + inner + "</TIMEX3>"
      case .event(let i):
        taggedEvents.insert(i)
        let e = result.events[i]
        text += "<EVENT eid=\"e\(i + 1)\" class=\"\(e.timemlClass.rawValue)\">" + inner + "</EVENT>"
      }
      cursor = tag.span.end
    }
    plain(bytes.count)

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n"
    out += "<DOCID>\(Markup.escape(result.documentID, attribute: false))</DOCID>\n"
    if let published = result.published {
      out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(published.iso)\" temporalFunction=\"false\""
      out += " functionInDocument=\"CREATION_TIME\">\(published.iso)</TIMEX3></DCT>\n"
    }
    if let title = result.article.title, !title.isEmpty {
      out += "<TITLE>\(Markup.escape(title, attribute: false))</TITLE>\n"
    }
    out += "<TEXT>" + text + "</TEXT>\n"
    var link = 0
    for i in taggedEvents.sorted() {
      let e = result.events[i]
      out += "<MAKEINSTANCE eventID=\"e\(i + 1)\" eiid=\"ei\(i + 1)\" tense=\"\(e.tense.rawValue)\""
      out += " aspect=\"\(e.aspect.rawValue)\" polarity=\"\(e.polarity ? "POS" : "NEG")\" pos=\"UNKNOWN\"/>\n"
    }
    for i in taggedEvents.sorted() {
      let e = result.events[i]
      guard let time = e.time, time < result.times.count, let relation = e.timeRelation else { continue }
      link += 1
      out += "<TLINK lid=\"l\(link)\" relType=\"\(Markup.escape(relation))\" eventInstanceID=\"ei\(i + 1)\""
      out += " relatedToTime=\"t\(time + 1)\"/>\n"
    }
    out += "</TimeML>\n"
    return out
  }
}
