import Testing

@testable import ChronicleExtraction

@Suite struct HTMLReaderTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Bridge reopens after repairs | The River Gazette</title>
      <meta property="og:title" content="Bridge reopens after repairs &amp; inspection">
      <meta property="og:site_name" content="The River Gazette">
      <meta property="article:published_time" content="2022-10-17T09:30:00-04:00">
      <meta property="og:url" content="https://example.com/og-url">
      <link rel="canonical" href="https://example.com/news/bridge-reopens">
      <style>p { color: red; }</style>
      <script>var x = "<p>not text</p>"; if (a < b) {}</script>
    </head>
    <body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <header><h1>Bridge reopens after repairs</h1><p>By A. Reporter</p></header>
      <aside>Most read: something else</aside>
      <article>
        <h1>Bridge reopens after repairs &amp; inspection</h1>
        <p>The Elm Street bridge   reopened on
           <b>Monday</b>, officials said.</p>
        <p>Repairs took &ldquo;longer than planned,&rdquo; the mayor&rsquo;s office said &mdash; six weeks.<br>Traffic is light.</p>
        <ul><li>Cars: yes</li><li>Trucks: no</li></ul>
        <noscript>Enable JavaScript</noscript>
        <template><p>Template text</p></template>
        <svg><title>icon</title><path d="M0"/></svg>
        <!-- <p>commented out</p> -->
        <div hidden>Hidden text</div>
        <div aria-hidden="true">Decorative</div>
        <div role="navigation">Share this</div>
      </article>
      <footer>Copyright 2022</footer>
    </body>
    </html>
    """

  @Test func metadataAndText() throws {
    let a = try readArticle(HTMLReaderTests.page, name: "bridge.html")
    #expect(a.format == .html)
    #expect(a.title == "Bridge reopens after repairs & inspection")
    #expect(a.published?.iso == "2022-10-17")
    #expect(a.url == "https://example.com/news/bridge-reopens")
    #expect(a.source == "The River Gazette")
    #expect(
      a.body == """
        The Elm Street bridge reopened on Monday, officials said.
        Repairs took “longer than planned,” the mayor’s office said — six weeks.
        Traffic is light.
        Cars: yes
        Trucks: no
        """)
  }

  /// Title fallbacks: og:title, then h1, then <title> without the site suffix.
  @Test(arguments: [
    ("<title>T</title><meta property=\"og:title\" content=\"OG\"><h1>H</h1><p>x</p>", "OG"),
    ("<title>T</title><h1>Head <i>line</i></h1><p>x</p>", "Head line"),
    ("<h1>Two<br>lines</h1><p>x</p>", "Two lines"),
    ("<title>Storm hits coast | Daily Wire Service</title><p>x</p>", "Storm hits coast"),
    (
      "<meta property=\"og:site_name\" content=\"Coast News\"><title>Storm hits coast - Coast News</title><p>x</p>",
      "Storm hits coast"
    ),
    ("<title>Storm &#8211; coast</title><p>x</p>", "Storm – coast"),
  ])
  func titles(html: String, title: String) throws {
    let a = try readArticle("<html>" + html + "</html>", name: "t.html")
    #expect(a.title == title)
  }

  /// Publication date sources in order of preference.
  @Test(arguments: [
    ("<meta name=\"pubdate\" content=\"2021-05-04\"><time datetime=\"2020-01-01\">x</time>", "2021-05-04"),
    ("<meta itemprop=\"datePublished\" content=\"2021-05-04T10:00Z\">", "2021-05-04"),
    (
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-07-08T12:00:00Z\",\"headline\":\"LD\"}]}</script>",
      "2019-07-08"
    ),
    ("<footer><time datetime=\"2024-01-01\">now</time></footer><p><time datetime=\"2018-02-03\">Feb 3</time></p>", "2018-02-03"),
    ("<time datetime=\"2018-02-03\">a</time><time pubdate datetime=\"2017-04-05\">b</time>", "2017-04-05"),
    ("<meta property=\"article:modified_time\" content=\"2016-06-07\">", "2016-06-07"),
  ])
  func publicationDates(html: String, iso: String) throws {
    let a = try readArticle("<html><head>" + html + "</head><body><p>Body text.</p>" + html + "</body></html>", name: "d.html")
    #expect(a.published?.iso == iso)
  }

  @Test(arguments: [
    ("&amp; &lt; &gt; &quot; &apos;", "& < > \" '"),
    ("caf&eacute; na&iuml;ve &Uuml;ber", "café naïve Über"),
    ("&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;", "—–…‘’“”"),
    ("&#65;&#x42;&#X43;&#8217;", "ABC’"),
    ("&#146;&#151;", "’—"),
    ("&#0;&#xD800;&#x110000;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
    ("a&nbsp;&nbsp;b", "a b"),
    ("co&shy;operate", "cooperate"),
    ("&euro;5 &copy; &trade; &deg;", "€5 © ™ °"),
    ("AT&T &unknown; & more", "AT&T &unknown; & more"),
    ("&amp &lt3", "& <3"),
    ("&#128512;", "😀"),
  ])
  func entities(html: String, text: String) throws {
    let a = try readArticle("<p>" + html + "</p>", name: "e.html")
    #expect(a.body == text)
  }

  @Test func decodeStrings() {
    #expect(HTMLEntities.decode("Fish &amp; chips &#x2014; &quot;fresh&quot;") == "Fish & chips — \"fresh\"")
    #expect(HTMLEntities.decode("no references") == "no references")
    #expect(HTMLEntities.decode("&nbsp;") == "\u{A0}")
  }

  @Test(arguments: [
    "<script>document.write('<p>bad</p>')</script>",
    "<SCRIPT type=\"text/javascript\">var s = '</scr' + 'ipt>';</SCRIPT>",
    "<style>.a{}</style>",
    "<noscript><p>Turn on scripts</p></noscript>",
    "<template><p>t</p></template>",
    "<svg viewBox=\"0 0 1 1\"><text>svg text</text></svg>",
    "<!-- comment <p>x</p> -->",
    "<iframe src=\"x\">frame text</iframe>",
    "<button>Subscribe</button>",
    "<form><select><option>One</option></select></form>",
  ])
  func dropsNonText(snippet: String) throws {
    let a = try readArticle("<body><p>Before.</p>" + snippet + "<p>After.</p></body>", name: "s.html")
    #expect(a.body == "Before.\nAfter.")
  }

  @Test func prefersArticleBody() throws {
    let html = """
      <body><div class="teaser">Short teaser elsewhere on the page that is not the story.</div>
      <div itemprop="articleBody"><div><p>First paragraph of the story.</p></div><p>Second paragraph.</p></div>
      <div>Related: other stories</div></body>
      """
    let a = try readArticle(html, name: "b.html")
    #expect(a.body == "First paragraph of the story.\nSecond paragraph.")
  }

  @Test func wholePageWithoutArticle() throws {
    let a = try readArticle("<div>One <span>two</span></div><div>three<br/>four</div>", name: "w.html")
    #expect(a.body == "One two\nthree\nfour")
    #expect(a.title == nil)
  }

  @Test func tablesAndCells() throws {
    let a = try readArticle("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", name: "t.html")
    #expect(a.body == "a b\nc d")
  }

  @Test func headlineRepeatedInTextIsDropped() throws {
    let a = try readArticle("<title>Dam breaks</title><body><h1>Dam breaks</h1><p>Water spilled.</p></body>", name: "h.html")
    #expect(a.title == "Dam breaks")
    #expect(a.body == "Water spilled.")
  }

  @Test func malformedMarkupDoesNotCrash() throws {
    for html in ["<p>a < b and <3", "<p>unterminated <a href=\"x", "<p>text</p><!-- never closed", "<p>x<", "<p>x</"] {
      _ = try? readArticle(html, name: "m.html")
    }
    let a = try readArticle("<p>a < b and c</p>", name: "m.html")
    #expect(a.body == "a < b and c")
  }

  @Test func sniffed() throws {
    let a = try readArticle("<!doctype html><p>Hello there.</p>", name: "page")
    #expect(a.format == .html)
  }

  @Test func noTextIsAnError() {
    let error = inputError { () throws(InputError) in _ = try readArticles("<html><head><title>T</title></head><body><nav>x</nav></body></html>", name: "n.html") }
    #expect(error == .noText(path: "n.html"))
  }
}
