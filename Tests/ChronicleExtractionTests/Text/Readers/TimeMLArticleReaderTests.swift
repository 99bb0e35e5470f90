import Testing

@testable import ChronicleExtraction

@Suite struct TimeMLArticleReaderTests {
  static let timebank = """
    <?xml version="1.0" ?>
    <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">

    <DOCID>XYZ19990101.0001</DOCID>

    <DCT><TIMEX3 tid="t0" type="DATE" value="1999-01-01" temporalFunction="false" functionInDocument="CREATION_TIME">19990101</TIMEX3></DCT>

    <EXTRAINFO>
    XYZ19990101.0001 NEWS STORY
    </EXTRAINFO>

    <TEXT>
    The rail union <EVENT eid="e1" class="OCCURRENCE">struck</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-12-31">Thursday</TIMEX3>, a spokesman <EVENT eid="e2" class="REPORTING">said</EVENT>.

    Trains &amp; buses <EVENT eid="e3" class="OCCURRENCE">stopped</EVENT>.
    </TEXT>

    <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
    <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
    </TimeML>
    """

  @Test func timebankShape() throws {
    let a = try readArticle(TimeMLArticleReaderTests.timebank, name: "XYZ19990101.0001.tml")
    #expect(a.format == .timeml)
    #expect(a.id == "XYZ19990101.0001")
    #expect(a.title == nil)
    #expect(a.published?.iso == "1999-01-01")
    #expect(a.body == "The rail union struck Thursday, a spokesman said.\n\nTrains & buses stopped.")
  }

  @Test func annotationsPointIntoTheBody() throws {
    let doc = try TimeMLArticleReader.parse(bytes: Array(TimeMLArticleReaderTests.timebank.utf8), path: "x.tml")
    let body = Array(doc.article.body.utf8)
    #expect(doc.annotations.map(\.name) == ["EVENT", "TIMEX3", "EVENT", "EVENT"])
    for element in doc.annotations {
      let range = try #require(element.range)
      #expect(String(decoding: body[range], as: UTF8.self) == element.text)
    }
    #expect(doc.annotations[1].attributes["value"] == "1998-12-31")
    #expect(doc.annotations[1].text == "Thursday")
    #expect(doc.creationTime?.attributes["value"] == "1999-01-01")
    #expect(doc.creationTime?.text == "19990101")
    #expect(doc.links.map(\.name) == ["MAKEINSTANCE", "TLINK"])
    #expect(doc.fullTextOffset == 0)
  }

  @Test func aquaintShapeWithTitleAndHeadline() throws {
    let xml = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>ABC19990310.0002</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1999-03-10T18:41" functionInDocument="CREATION_TIME">03/10/1999</TIMEX3></DCT>
      <TITLE>Council &amp; mayor agree on budget</TITLE>
      <EXTRAINFO>
      ABC19990310.0002 <DOCTYPE> NEWS STORY </DOCTYPE><HEADLINE>A different headline</HEADLINE>
      </EXTRAINFO>
      <TEXT>
      The council <EVENT eid="e1" class="OCCURRENCE">approved</EVENT> it.
      </TEXT>
      </TimeML>
      """
    let doc = try TimeMLArticleReader.parse(bytes: Array(xml.utf8), path: "a.tml")
    #expect(doc.article.title == "Council & mayor agree on budget")
    #expect(doc.article.published?.iso == "1999-03-10")
    #expect(doc.article.body == "The council approved it.")
    #expect(doc.fullTextOffset == "Council & mayor agree on budget".utf8.count + 2)
    let range = try #require(doc.annotations.first?.range)
    let full = Array(doc.article.fullText.utf8)
    let shifted = (range.lowerBound + doc.fullTextOffset)..<(range.upperBound + doc.fullTextOffset)
    #expect(String(decoding: full[shifted], as: UTF8.self) == "approved")
  }

  @Test func headlineInExtraInfo() throws {
    let xml = """
      <TimeML><DOCID>D1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-06">May 6</TIMEX3></DCT>
      <EXTRAINFO>D1 <DATE_TIME> 2001-05-06 </DATE_TIME><HEADLINE> Flood waters recede </HEADLINE></EXTRAINFO>
      <TEXT>Water levels fell.</TEXT></TimeML>
      """
    let a = try readArticle(xml, name: "d1.tml")
    #expect(a.title == "Flood waters recede")
  }

  @Test func semevalShape() throws {
    let xml = """
      <?xml version='1.0' encoding='utf-8'?>
      <TimeML><DOCID>4242</DOCID>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2007-02-03">2007-02-03</TIMEX3></DCT>
      <EXTRAINFO>Carmaker recalls 40,000 vans</EXTRAINFO>
      <TEXT><s id="1">February 3 , 2007</s><s id="2">The company <EVENT eid="e1">recalled</EVENT> vans .</s><s id="3">Owners will be <EVENT eid="e2">notified</EVENT> .</s></TEXT>
      </TimeML>
      """
    let doc = try TimeMLArticleReader.parse(bytes: Array(xml.utf8), path: "4242.tml")
    #expect(doc.article.id == "4242")
    #expect(doc.article.title == "Carmaker recalls 40,000 vans")
    #expect(doc.article.published?.iso == "2007-02-03")
    #expect(doc.article.body == "February 3 , 2007\nThe company recalled vans .\nOwners will be notified .")
    let body = Array(doc.article.body.utf8)
    for e in doc.annotations { #expect(String(decoding: body[e.range!], as: UTF8.self) == e.text) }
    #expect(doc.annotations.filter { $0.name == "s" }.count == 3)
  }

  @Test func sniffedFromContent() throws {
    let a = try readArticle("<TimeML><DOCID>Z</DOCID><TEXT>Some text.</TEXT></TimeML>", name: "z.xml")
    #expect(a.format == .timeml)
    #expect(a.published == nil)
  }

  @Test func creationTimeThatIsNoDateWarns() throws {
    let r = try readArticles(
      "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"PRESENT_REF\">now</TIMEX3></DCT><TEXT>Text.</TEXT></TimeML>", name: "w.tml")
    #expect(r.articles[0].published == nil)
    #expect(r.warnings == ["w.tml: the creation time 'PRESENT_REF' is not a date; the article has no publication date"])
  }

  @Test(arguments: [
    "<TimeML><DOCID>N</DOCID></TimeML>",
    "<TimeML><TEXT>  \n </TEXT></TimeML>",
  ])
  func noText(xml: String) {
    #expect(inputError { () throws(InputError) in _ = try readArticles(xml, name: "n.tml") } == .noText(path: "n.tml"))
  }
}
