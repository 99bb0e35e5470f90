import ChronicleExtraction
import ChronicleStore

/// A self-contained interactive HTML timeline (`chronicle timeline --format html`).
///
/// One file that works offline: inline CSS and JavaScript only, no external
/// script, font, style sheet or image, and a Content-Security-Policy that
/// forbids loading anything. The events are embedded as JSON (the items of
/// ``TimelineExport/json(_:)`` plus a `date_label` such as "Week 11, 2023") in a `<script type="application/json">`
/// element, with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026` so
/// no string can close the element. The script builds the page with
/// `textContent` only (never `innerHTML`), and links only `http(s)` URLs.
///
/// The page shows dated events on a horizontal time axis (intervals as bars,
/// overlapping events in separate lanes), zoom buttons and mouse-wheel zoom
/// around the pointer, checkbox filters by actor and by category, a detail
/// panel for the clicked event (sentence, date, actors and roles, category,
/// factuality, source document with a link when a URL is known, and every
/// source with its sentence and link when several articles report it) and a list
/// of undated events. Each rendered event carries `data-event-id`.
public enum HTMLTimelineExport {
  /// The HTML document for `entries`, titled `title`.
  public static func html(_ entries: [TimelineEntry], title: String = "Chronicle timeline") -> String {
    let data = JSONValue.object([
      ("title", .string(title)),
      ("generator", .string("Chronicle")),
      (
        "events",
        .array(
          entries.map { e in
            .object(
              Records.timelineEventMembers(e) + [
                ("date_label", .string(DateParts.label(value: e.date, range: e.range ?? unknownRange)))
              ])
          })
      ),
    ]).render(pretty: false)
    let dated = entries.count(where: \.isDated)
    let documents = Set(entries.flatMap { $0.allSources.map(\.documentID) }).count
    var summary = "\(entries.count) event\(entries.count == 1 ? "" : "s") from \(documents) document"
    summary += documents == 1 ? "" : "s"
    summary += ", \(entries.count - dated) undated"
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    out += "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
    out += "<meta name=\"generator\" content=\"Chronicle\">\n"
    out += "<title>" + Markup.escape(title, attribute: false) + "</title>\n"
    out += "<style>\n" + css + "</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>" + Markup.escape(title, attribute: false) + "</h1>\n"
    out += "<p id=\"summary\">" + Markup.escape(summary, attribute: false) + "</p>\n</header>\n"
    out += body
    out += "<script type=\"application/json\" id=\"chronicle-data\">" + Markup.scriptSafeJSON(data)
    out += "</script>\n<script>\n" + script + "</script>\n</body>\n</html>\n"
    return out
  }

  private static let unknownRange = DateRange(
    start: CivilDate(dayNumber: 0), end: CivilDate(dayNumber: 0), granularity: .unknown)

  static let body = #"""
    <div id="layout">
    <nav id="controls" aria-label="Filters">
    <div class="zoom" role="group" aria-label="Zoom">
    <button type="button" id="zoom-in" title="Zoom in (or turn the mouse wheel over the axis)">+</button>
    <button type="button" id="zoom-out" title="Zoom out">&#8722;</button>
    <button type="button" id="zoom-fit" title="Show the whole period">Fit</button>
    </div>
    <p id="shown" aria-live="polite"></p>
    <fieldset><legend>Categories</legend>
    <div class="bulk"><button type="button" data-all="category">all</button><button type="button" data-none="category">none</button></div>
    <div id="category-filter" class="filter"></div></fieldset>
    <fieldset><legend>Actors</legend>
    <div class="bulk"><button type="button" data-all="actor">all</button><button type="button" data-none="actor">none</button></div>
    <div id="actor-filter" class="filter"></div></fieldset>
    </nav>
    <main>
    <div id="axis-wrap" tabindex="0" aria-label="Time axis"><div id="axis"></div></div>
    <section id="detail" aria-live="polite"><p class="hint">Click an event to see its sentence, date, actors and source.</p></section>
    <section id="undated-section"><h2>Undated events</h2><ul id="undated"></ul></section>
    </main>
    </div>
    <noscript><p>This timeline needs JavaScript. The events are in the chronicle-data element of this file.</p></noscript>

    """#

  static let css = #"""
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d2430; background: #f6f7f9; }
    header { padding: 10px 18px; background: #23344d; color: #fff; display: flex; align-items: baseline; gap: 16px; }
    header h1 { font-size: 19px; margin: 0; }
    header p { margin: 0; color: #c9d5e6; }
    #layout { display: flex; align-items: flex-start; }
    #controls { width: 230px; flex: none; padding: 10px 12px; }
    main { flex: 1; min-width: 0; padding: 10px 14px 20px 4px; }
    .zoom { display: flex; gap: 6px; }
    .zoom button { flex: 1; font-size: 16px; padding: 3px 0; }
    button { font: inherit; cursor: pointer; border: 1px solid #9aa8bd; background: #fff; border-radius: 4px; }
    button:hover { background: #eef3fb; }
    #shown { margin: 8px 0; color: #4a5568; font-size: 13px; }
    fieldset { min-width: 0; border: 1px solid #d2d9e3; border-radius: 6px; margin: 0 0 10px; padding: 4px 8px 8px; background: #fff; }
    legend { font-weight: 600; padding: 0 4px; }
    .bulk { display: flex; gap: 4px; margin-bottom: 4px; }
    .bulk button { font-size: 12px; padding: 0 6px; }
    .filter { max-height: 230px; overflow-y: auto; font-size: 13px; }
    .filter label { display: flex; gap: 5px; align-items: center; white-space: nowrap; min-width: 0; }
    .filter label .name { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
    .filter .count { color: #7a8699; margin-left: auto; padding-left: 4px; }
    .swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; border: 1px solid rgba(0,0,0,.25); }
    #axis-wrap { position: relative; overflow-x: auto; overflow-y: hidden; background: #fff; border: 1px solid #d2d9e3; border-radius: 6px; min-height: 90px; }
    #axis { position: relative; }
    .tick { position: absolute; top: 0; bottom: 0; border-left: 1px solid #e6eaf0; }
    .tick span { position: absolute; top: 4px; left: 4px; font-size: 11px; color: #6b778a; white-space: nowrap; }
    .event { position: absolute; height: 38px; padding: 2px 6px 2px 6px; text-align: left; overflow: hidden; white-space: nowrap;
      border: 1px solid #9aa8bd; border-left-width: 4px; border-radius: 4px; font-size: 12px; line-height: 16px; }
    .event .when { display: block; font-size: 11px; color: #56647a; }
    .event .what { display: block; overflow: hidden; text-overflow: ellipsis; }
    .event .bar { position: absolute; left: -4px; bottom: 0; height: 3px; background: currentColor; opacity: .55; }
    .compact .event { height: 13px; padding: 0; border-left-width: 1px; border-radius: 3px; }
    .event.selected, .undated-event.selected { outline: 2px solid #23344d; outline-offset: 1px; }
    .q0 { background: #ffffff; border-left-color: #8a94a6; color: #1d2430; }
    .q1 { background: #e3f2e1; border-left-color: #5b9a55; }
    .q2 { background: #cfe8cc; border-left-color: #2f7d32; }
    .q3 { background: #fbe3cf; border-left-color: #d9822b; }
    .q4 { background: #f6cfcf; border-left-color: #c0392b; }
    .factual-not { border-style: dashed; }
    #detail { margin-top: 10px; background: #fff; border: 1px solid #d2d9e3; border-radius: 6px; padding: 8px 14px; }
    #detail h2 { font-size: 16px; margin: 4px 0 8px; }
    #detail dl { display: grid; grid-template-columns: 110px 1fr; gap: 4px 12px; margin: 0; }
    #detail dt { color: #56647a; }
    #detail dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
    #detail blockquote { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid #9aa8bd; background: #f6f7f9; white-space: pre-wrap; overflow-wrap: anywhere; }
    .hint { color: #6b778a; margin: 4px 0; }
    #undated-section h2 { font-size: 15px; margin: 16px 0 6px; }
    #undated { list-style: none; margin: 0; padding: 0; }
    #undated li { margin: 0 0 4px; }
    .undated-event { width: 100%; text-align: left; padding: 4px 8px; border-left-width: 4px; }
    .undated-event .what { font-weight: 600; margin-right: 8px; }
    .undated-event .sentence { color: #4a5568; }
    .empty { color: #6b778a; font-style: italic; }

    """#

  static let script = #"""
    (function () {
      "use strict";
      var DAY = 86400000, LEFT = 16, RIGHT = 24, TOP = 26, LANE = 42, CHIP = 176, GAP = 6, MAX_LANES = 24, DOT = 12, DOT_LANE = 16;
      var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
      var data = JSON.parse(document.getElementById("chronicle-data").textContent);
      var events = Array.isArray(data.events) ? data.events : [];
      var NONE = "\u0000none";
      function el(tag, cls, text) {
        var n = document.createElement(tag);
        if (cls) n.className = cls;
        if (text !== undefined && text !== null) n.textContent = String(text);
        return n;
      }
      function dayNum(iso) {
        var m = /^(-?\d{1,6})-(\d\d)-(\d\d)$/.exec(iso || "");
        if (!m) return null;
        var d = new Date(0);
        d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
        d.setUTCHours(0, 0, 0, 0);
        return Math.round(d.getTime() / DAY);
      }
      function dateOf(day) { return new Date(day * DAY); }
      function names(e, role) {
        var seen = {}, out = [];
        (e.actors || []).forEach(function (a) {
          if (a.role === role && !seen[a.id]) { seen[a.id] = true; out.push(a.name); }
        });
        return out.join(", ");
      }
      function headline(e) {
        var what = e.trigger;
        if (e.factuality !== "asserted") what += ", " + e.factuality;
        else if (!e.polarity) what += ", negated";
        if (e.category) what = e.category.plover + " (" + what + ")";
        var s = names(e, "source"), t = names(e, "target"), who = s;
        if (t) who = (s ? s + " \u2192 " : "\u2192 ") + t;
        return who ? who + ": " + what : what;
      }
      function quad(e) { var q = e.category ? e.category.quad_class : 0; return "q" + (q >= 1 && q <= 4 ? q : 0); }
      function categoryOf(e) { return e.category ? e.category.plover : "Uncategorized"; }
      function dateText(e) {
        if (!e.date) return "undated";
        if (e.start && e.end && e.start !== e.end) return e.date + " (" + e.start + " \u2013 " + e.end + ")";
        return e.date;
      }
      function webURL(u) { return typeof u === "string" && /^https?:\/\/[^\s]+$/i.test(u); }

      var dated = [], undated = [];
      events.forEach(function (e) {
        var s = dayNum(e.start), t = dayNum(e.end);
        if (s === null) { undated.push(e); return; }
        dated.push({ e: e, s: s, t: t === null || t < s ? s : t });
      });
      dated.sort(function (a, b) { return a.s - b.s || a.t - b.t || a.e.id - b.e.id; });
      var minDay = Infinity, maxDay = -Infinity;
      dated.forEach(function (d) { minDay = Math.min(minDay, d.s); maxDay = Math.max(maxDay, d.t); });
      var span = dated.length ? maxDay - minDay + 1 : 1;

      // Filters.
      var actorIndex = {}, actorList = [], catIndex = {}, catList = [];
      events.forEach(function (e) {
        var ids = {};
        (e.actors || []).forEach(function (a) { ids[a.id] = a.name; });
        var keys = Object.keys(ids);
        if (!keys.length) { keys = [NONE]; ids[NONE] = "(no actor)"; }
        keys.forEach(function (id) {
          if (!actorIndex[id]) { actorIndex[id] = { id: id, name: ids[id], count: 0 }; actorList.push(actorIndex[id]); }
          actorIndex[id].count++;
        });
        var c = categoryOf(e);
        if (!catIndex[c]) { catIndex[c] = { id: c, name: c, count: 0, quad: quad(e) }; catList.push(catIndex[c]); }
        catIndex[c].count++;
      });
      actorList.sort(function (a, b) { return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
      catList.sort(function (a, b) { return b.count - a.count || (a.name < b.name ? -1 : 1); });
      var on = { actor: {}, category: {} };
      actorList.forEach(function (a) { on.actor[a.id] = true; });
      catList.forEach(function (c) { on.category[c.id] = true; });
      function visible(e) {
        if (!on.category[categoryOf(e)]) return false;
        var list = e.actors || [];
        if (!list.length) return !!on.actor[NONE];
        return list.some(function (a) { return on.actor[a.id]; });
      }
      function buildFilter(kind, list, box) {
        list.forEach(function (item) {
          var label = el("label"), box2 = el("input");
          box2.type = "checkbox"; box2.checked = true; box2.setAttribute("data-kind", kind);
          box2.addEventListener("change", function () { on[kind][item.id] = box2.checked; render(); });
          label.appendChild(box2);
          if (kind === "category") label.appendChild(el("span", "swatch " + item.quad));
          var name = el("span", "name", item.name);
          label.title = item.name;
          label.appendChild(name);
          label.appendChild(el("span", "count", item.count));
          box.appendChild(label);
        });
      }
      buildFilter("actor", actorList, document.getElementById("actor-filter"));
      buildFilter("category", catList, document.getElementById("category-filter"));
      function setAll(kind, value) {
        Object.keys(on[kind]).forEach(function (k) { on[kind][k] = value; });
        Array.prototype.forEach.call(document.querySelectorAll('input[data-kind="' + kind + '"]'), function (b) { b.checked = value; });
        render();
      }
      Array.prototype.forEach.call(document.querySelectorAll("[data-all]"), function (b) {
        b.addEventListener("click", function () { setAll(b.getAttribute("data-all"), true); });
      });
      Array.prototype.forEach.call(document.querySelectorAll("[data-none]"), function (b) {
        b.addEventListener("click", function () { setAll(b.getAttribute("data-none"), false); });
      });

      // Detail panel.
      var detail = document.getElementById("detail"), selected = null;
      function row(dl, label, value) {
        if (value === null || value === undefined || value === "") return;
        dl.appendChild(el("dt", null, label));
        var dd = el("dd");
        if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
        dl.appendChild(dd);
      }
      function show(e) {
        selected = e.id;
        Array.prototype.forEach.call(document.querySelectorAll(".selected"), function (n) { n.classList.remove("selected"); });
        Array.prototype.forEach.call(document.querySelectorAll('[data-event-id="' + e.id + '"]'), function (n) { n.classList.add("selected"); });
        detail.textContent = "";
        detail.appendChild(el("h2", null, headline(e)));
        detail.appendChild(el("blockquote", null, e.sentence));
        var dl = el("dl");
        row(dl, "Date", (e.date_label ? e.date_label + ": " : "") + dateText(e) + (e.granularity ? ", " + e.granularity : ""));
        if (e.category) {
          row(dl, "Category", e.category.plover + ", CAMEO " + e.category.cameo + ", quad class " +
            e.category.quad_class + ", Goldstein " + e.category.goldstein);
        } else {
          row(dl, "Category", "uncategorized");
        }
        row(dl, "Trigger", e.trigger + (e.lemma && e.lemma !== e.trigger ? " (" + e.lemma + ")" : "") + ", " + e["class"]);
        row(dl, "Factuality", e.factuality + (e.polarity ? "" : ", negative polarity"));
        var ul = el("ul");
        ul.style.margin = "0"; ul.style.paddingLeft = "18px";
        (e.actors || []).forEach(function (a) {
          ul.appendChild(el("li", null, a.role + ": " + a.name + " [" + a.id + (a.code ? ", " + a.code : "") + "] \u201c" + a.mention + "\u201d"));
        });
        row(dl, "Actors", (e.actors || []).length ? ul : "none");
        var doc = e.document || {}, span2 = el("span");
        var title = doc.title || doc.id;
        if (webURL(doc.url)) {
          var a = el("a", null, title);
          a.href = doc.url; a.target = "_blank"; a.rel = "noopener noreferrer";
          span2.appendChild(a);
        } else {
          span2.textContent = title;
        }
        if (doc.published) span2.appendChild(document.createTextNode(" (published " + doc.published + ")"));
        span2.appendChild(document.createTextNode(" \u2014 " + doc.id));
        row(dl, "Source", span2);
        if (doc.url && !webURL(doc.url)) row(dl, "URL", doc.url);
        var sources = e.sources || [];
        if (sources.length > 1) {
          var list = el("ol");
          list.className = "sources"; list.style.margin = "0"; list.style.paddingLeft = "18px";
          sources.forEach(function (s) {
            var d = s.document || {}, li = el("li");
            li.setAttribute("data-source-event", s.event);
            li.appendChild(el("q", null, s.sentence));
            li.appendChild(document.createTextNode(" \u2014 "));
            var name = d.title || d.id;
            if (webURL(d.url)) {
              var link = el("a", null, name);
              link.href = d.url; link.target = "_blank"; link.rel = "noopener noreferrer";
              li.appendChild(link);
            } else {
              li.appendChild(document.createTextNode(name));
            }
            li.appendChild(document.createTextNode((d.published ? " (published " + d.published + ")" : "") +
              (s.date ? ", dated " + s.date : "") + " \u2014 " + d.id + ", event " + s.event));
            list.appendChild(li);
          });
          row(dl, "Sources (" + sources.length + ")", list);
        }
        row(dl, "Event id", e.id);
        detail.appendChild(dl);
      }

      // Time axis.
      var wrap = document.getElementById("axis-wrap"), axis = document.getElementById("axis");
      var zoom = 1;
      function baseScale() { return Math.max((wrap.clientWidth - LEFT - RIGHT - CHIP) / span, 0.0005); }
      function scale() { return baseScale() * zoom; }
      function x(day, k) { return LEFT + (day - minDay) * k; }
      function tickUnit(k) {
        var units = [["day", 1], ["week", 7], ["month", 30.44], ["quarter", 91.3], ["year", 365.25], ["decade", 3652.5], ["century", 36525]];
        for (var i = 0; i < units.length; i++) if (units[i][1] * k >= 74) return units[i][0];
        return "century";
      }
      function ticks(unit) {
        var out = [], d = dateOf(minDay), y = d.getUTCFullYear(), m = d.getUTCMonth(), day;
        if (unit === "day" || unit === "week") {
          day = minDay;
          if (unit === "week") day -= (dateOf(day).getUTCDay() + 6) % 7;
          for (; day <= maxDay + 1 && out.length < 5000; day += unit === "day" ? 1 : 7) {
            var t = dateOf(day);
            out.push([day, (unit === "week" ? "w/c " : "") + t.getUTCDate() + " " + MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear()]);
          }
          return out;
        }
        var step = unit === "month" ? 1 : unit === "quarter" ? 3 : 12;
        if (unit === "quarter") m -= m % 3;
        if (unit === "year" || unit === "decade" || unit === "century") m = 0;
        if (unit === "decade") y -= ((y % 10) + 10) % 10;
        if (unit === "century") y -= ((y % 100) + 100) % 100;
        var years = unit === "decade" ? 10 : unit === "century" ? 100 : 0;
        for (var guard = 0; guard < 5000; guard++) {
          var at = new Date(0);
          at.setUTCFullYear(y, m, 1);
          day = Math.round(at.getTime() / DAY);
          if (day > maxDay + 1) break;
          var label = unit === "month" ? MONTHS[m] + " " + y : unit === "quarter" ? "Q" + (m / 3 + 1) + " " + y : unit === "year" ? String(y) : y + "s";
          out.push([day, label]);
          if (years) y += years; else { m += step; while (m >= 12) { m -= 12; y++; } }
        }
        return out;
      }
      // Lays the visible dated events out in lanes: labelled chips, or small
      // markers when labelled chips would need more than MAX_LANES lanes.
      function layout(k, chipW, compact) {
        var lanes = [], chips = [];
        dated.forEach(function (d) {
          if (!visible(d.e)) return;
          var left = x(d.s, k), barW = Math.max((d.t - d.s + 1) * k, 3), right = left + Math.max(barW, chipW) + (compact ? 2 : GAP);
          var lane = 0;
          while (lane < lanes.length && lanes[lane] > left) lane++;
          lanes[lane] = right;
          chips.push([d, left, barW, lane]);
        });
        return { lanes: lanes.length, chips: chips, compact: compact, chipW: chipW, laneH: compact ? DOT_LANE : LANE };
      }
      function render() {
        var k = scale();
        axis.textContent = "";
        var plan = layout(k, CHIP, false);
        if (plan.lanes > MAX_LANES) plan = layout(k, DOT, true);
        var shown = plan.chips.length;
        var width = Math.max(x(maxDay + 1, k) + CHIP + RIGHT, wrap.clientWidth);
        var height = TOP + Math.max(plan.lanes, 1) * plan.laneH + 8;
        axis.style.width = width + "px";
        axis.style.height = height + "px";
        axis.className = plan.compact ? "compact" : "";
        if (dated.length) {
          ticks(tickUnit(k)).forEach(function (t) {
            var tick = el("div", "tick");
            tick.style.left = x(t[0], k) + "px";
            tick.appendChild(el("span", null, t[1]));
            axis.appendChild(tick);
          });
        }
        plan.chips.forEach(function (c) {
          var e = c[0].e, chip = el("button", "event " + quad(e) + (e.factuality === "asserted" && e.polarity ? "" : " factual-not"));
          chip.type = "button";
          chip.setAttribute("data-event-id", String(e.id));
          chip.style.left = c[1] + "px";
          chip.style.top = TOP + c[3] * plan.laneH + "px";
          chip.style.width = Math.max(c[2], plan.chipW) + "px";
          chip.title = (e.date_label || e.date) + ": " + headline(e) + "\n" + e.sentence;
          chip.setAttribute("aria-label", (e.date_label || e.date) + ": " + headline(e));
          if (!plan.compact) {
            chip.appendChild(el("span", "when", e.date_label || e.date || ""));
            chip.appendChild(el("span", "what", headline(e)));
            var bar = el("span", "bar");
            bar.style.width = c[2] + 4 + "px";
            chip.appendChild(bar);
          }
          chip.addEventListener("click", function () { show(e); });
          if (selected === e.id) chip.classList.add("selected");
          axis.appendChild(chip);
        });
        if (!dated.length) axis.appendChild(el("p", "empty", "No dated events."));
        var list = document.getElementById("undated"), uShown = 0;
        list.textContent = "";
        undated.forEach(function (e) {
          if (!visible(e)) return;
          uShown++;
          var li = el("li"), b = el("button", "undated-event " + quad(e));
          b.type = "button";
          b.setAttribute("data-event-id", String(e.id));
          b.appendChild(el("span", "what", headline(e)));
          b.appendChild(el("span", "sentence", e.sentence));
          b.addEventListener("click", function () { show(e); });
          if (selected === e.id) b.classList.add("selected");
          li.appendChild(b);
          list.appendChild(li);
        });
        if (!undated.length) list.appendChild(el("li", "empty", "None."));
        document.getElementById("shown").textContent =
          "Showing " + (shown + uShown) + " of " + events.length + " events (" + uShown + " undated).";
      }
      function zoomAt(factor, clientX) {
        var rect = wrap.getBoundingClientRect(), offset = clientX - rect.left, k = scale();
        var day = (wrap.scrollLeft + offset - LEFT) / k + minDay;
        zoom = Math.min(Math.max(zoom * factor, 0.25), 5000);
        render();
        wrap.scrollLeft = (day - minDay) * scale() + LEFT - offset;
      }
      document.getElementById("zoom-in").addEventListener("click", function () {
        var r = wrap.getBoundingClientRect(); zoomAt(1.5, r.left + r.width / 2);
      });
      document.getElementById("zoom-out").addEventListener("click", function () {
        var r = wrap.getBoundingClientRect(); zoomAt(1 / 1.5, r.left + r.width / 2);
      });
      document.getElementById("zoom-fit").addEventListener("click", function () { zoom = 1; render(); wrap.scrollLeft = 0; });
      wrap.addEventListener("wheel", function (ev) {
        if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) return;
        ev.preventDefault();
        zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX);
      }, { passive: false });
      wrap.addEventListener("keydown", function (ev) {
        if (ev.key === "+" || ev.key === "=") { document.getElementById("zoom-in").click(); ev.preventDefault(); }
        else if (ev.key === "-") { document.getElementById("zoom-out").click(); ev.preventDefault(); }
      });
      window.addEventListener("resize", render);
      render();
      // "#event-ID" in the address opens that event.
      var wanted = /^#event-(\d+)$/.exec(window.location.hash);
      if (wanted) events.forEach(function (e) { if (String(e.id) === wanted[1]) show(e); });
    })();

    """#
}
