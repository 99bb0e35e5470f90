import ChronicleExport
import Foundation
import Testing

@Suite struct HTMLTimelineTests {
  static let html = HTMLTimelineExport.html(FormatFixtures.timeline)

  /// The text of the embedded data element.
  static func dataElement(_ html: String) throws -> String {
    let open = "<script type=\"application/json\" id=\"chronicle-data\">"
    let start = try #require(html.range(of: open))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  @Test func dataCannotBreakOutOfItsScriptElement() throws {
    let data = try Self.dataElement(Self.html)
    #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
    #expect(Self.html.components(separatedBy: "</script>").count == 3)  // data + code
    #expect(Self.html.components(separatedBy: "<script").count == 3)
  }

  @Test func embeddedDataRoundTripsEveryString() throws {
    let doc = try J.parse(try Self.dataElement(Self.html))
    let events = doc["events"]?.array ?? []
    #expect(events.count == FormatFixtures.timeline.count)
    for (e, entry) in zip(events, FormatFixtures.timeline) {
      #expect(e["id"]?.int == Int(entry.eventID))
      #expect(e["sentence"]?.string == entry.sentence)
      #expect(e["document"]?["url"]?.string == entry.url)
    }
    #expect(events.first { $0["id"]?.int == 30 }?["date_label"]?.string == "Week 11, 2023")
  }

  /// One file, nothing fetched: no external script, style sheet, font, image or
  /// frame, and a Content-Security-Policy that forbids loading anything.
  @Test func isSelfContained() throws {
    let data = try Self.dataElement(Self.html)
    let page = Self.html.replacingOccurrences(of: data, with: "")
    #expect(!page.contains("://"))
    for needle in [" src=", "<link", "@import", "url(", "<iframe", "<img", "fetch(", "XMLHttpRequest", "innerHTML"] {
      #expect(!page.contains(needle), "\(needle)")
    }
    #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
  }

  @Test func escapesTheTitle() {
    let html = HTMLTimelineExport.html([], title: "</title><script>x</script> & co")
    #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; co</title>"))
    #expect(html.contains("<h1>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; co</h1>"))
  }

  static func write(_ html: String) throws -> String { try Tool.temporaryFile(html, suffix: ".html") }

  /// Headless Chromium runs the page: one element per event (dated on the
  /// axis, undated in the list), hostile text shown as text, not markup.
  @Test func chromiumRendersAnElementPerEvent() throws {
    let path = try Self.write(Self.html)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let dom = try Consumers.dumpDOM(htmlFile: path, fragment: "#event-30") else { return }
    for entry in FormatFixtures.timeline {
      #expect(dom.contains("data-event-id=\"\(entry.eventID)\""), "event \(entry.eventID) not rendered")
    }
    #expect(dom.components(separatedBy: "class=\"event ").count - 1 == FormatFixtures.timeline.count { $0.isDated })
    #expect(dom.components(separatedBy: "class=\"undated-event").count - 1 == 1)
    // The "#event-30" fragment opened the hostile event: its sentence is text.
    #expect(dom.contains("&lt;/script&gt;&lt;script&gt;alert('x')&lt;/script&gt; threatened &lt;b&gt;them&lt;/b&gt;"))
    #expect(dom.components(separatedBy: "<script").count == 3)
    #expect(!dom.contains("href=\"javascript:"))
    // Filters list every category and actor.
    #expect(dom.contains(">THREATEN<") && dom.contains(">Uncategorized<") && dom.contains(">(no actor)<"))
  }

  /// Drives the page like a user (zoom buttons, wheel, filters, a click on an
  /// event) from a script appended to a copy of it, and reads what changed.
  @Test func chromiumZoomFiltersAndDetailsWork() throws {
    let driver = """
      <script>
      (function () {
        var r = {}, axis = document.getElementById("axis"), wrap = document.getElementById("axis-wrap");
        function width() { return parseFloat(axis.style.width); }
        function count() { return document.querySelectorAll("[data-event-id]").length; }
        r.initial = width();
        document.getElementById("zoom-in").click();
        r.zoomIn = width();
        document.getElementById("zoom-out").click();
        document.getElementById("zoom-out").click();
        r.zoomOut = width();
        document.getElementById("zoom-fit").click();
        r.fit = width();
        var wheel = new WheelEvent("wheel", { deltaY: -120, clientX: 500, clientY: 150, bubbles: true, cancelable: true });
        wrap.dispatchEvent(wheel);
        r.wheel = width();
        r.wheelPrevented = wheel.defaultPrevented;
        document.getElementById("zoom-fit").click();
        r.all = count();
        Array.prototype.forEach.call(document.querySelectorAll('input[data-kind="category"]'), function (box) {
          if (box.parentNode.textContent.indexOf("AGREE") === 0) box.click();
        });
        r.withoutAgree = count();
        document.querySelector('[data-none="actor"]').click();
        r.noActors = count();
        document.querySelector('[data-all="actor"]').click();
        document.querySelector('[data-all="category"]').click();
        r.restored = count();
        document.querySelector('[data-event-id="4"]').click();
        var detail = document.getElementById("detail").textContent;
        r.detail = detail.indexOf("=SUM(A1:A9) The UN and Washington said") >= 0 && detail.indexOf("planned") >= 0;
        r.selected = document.querySelectorAll(".selected").length;
        document.querySelector('[data-event-id="35"]').click();
        var link = document.querySelector("#detail a");
        r.link = link ? link.getAttribute("href") : null;
        document.querySelector('[data-event-id="30"]').click();
        r.hostileLinked = !!document.querySelector("#detail a");
        r.hostileText = document.querySelector("#detail blockquote").textContent;
        var out = document.createElement("pre");
        out.id = "test-result";
        out.textContent = JSON.stringify(r);
        document.body.appendChild(out);
      })();
      </script>
      """
    let html = Self.html.replacingOccurrences(of: "</body>", with: driver + "</body>")
    let path = try Self.write(html)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let dom = try Consumers.dumpDOM(htmlFile: path) else { return }
    let start = try #require(dom.range(of: "<pre id=\"test-result\">"))
    let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let r = try J.parse(String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&"))
    let initial = try #require(r["initial"]?.number)
    #expect((r["zoomIn"]?.number ?? 0) > initial * 1.2)
    #expect((r["zoomOut"]?.number ?? .infinity) <= initial)
    #expect(r["fit"]?.number == initial)
    #expect((r["wheel"]?.number ?? 0) > initial)
    #expect(r["wheelPrevented"] == .bool(true))
    let agree = FormatFixtures.timeline.count { $0.category?.plover == "AGREE" }
    #expect(r["all"]?.int == FormatFixtures.timeline.count)
    #expect(r["withoutAgree"]?.int == FormatFixtures.timeline.count - agree)
    #expect(r["noActors"]?.int == 0)
    #expect(r["restored"]?.int == FormatFixtures.timeline.count)
    #expect(r["detail"] == .bool(true))
    #expect(r["selected"]?.int == 1)
    #expect(r["link"]?.string == "http://example.com/x?a=<b>&c='d'")
    #expect(r["hostileLinked"] == .bool(false))  // javascript: URL
    #expect(r["hostileText"]?.string == FormatFixtures.extraTimeline[0].sentence)
  }

  /// Too many overlapping events for labelled lanes: compact markers, still one per event.
  @Test func chromiumCompactsCrowdedTimelines() throws {
    let crowded = (0..<60).map { i in
      FormatFixtures.entry(Int64(100 + i), "2023-03-\(10 + i % 3)", actors: [Fixtures.actor(Fixtures.un, .source, "UN")])
    }
    let path = try Self.write(HTMLTimelineExport.html(crowded))
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let dom = try Consumers.dumpDOM(htmlFile: path) else { return }
    #expect(dom.contains("<div id=\"axis\" class=\"compact\""))
    for entry in crowded { #expect(dom.contains("data-event-id=\"\(entry.eventID)\"")) }
  }

  @Test func chromiumScreenshotIsNotBlank() throws {
    let path = try Self.write(Self.html)
    let png = path + ".png"
    defer {
      try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.removeItem(atPath: png)
    }
    guard let summary = try Consumers.screenshot(htmlFile: path, png: png, size: "900,600") else { return }
    #expect(summary["width"]?.int == 900)
    #expect((summary["colors"]?.int ?? 0) > 50, "\(summary)")
    #expect((summary["foreground"]?.number ?? 0) > 0.1, "\(summary)")
  }
}
