import ChronicleTestSupport
import Foundation
import Testing

/// The programs users open exports with, run from the tests when installed:
/// networkx (through `Golden/consumers.py`) and headless Chromium.
enum Consumers {
  static let script = Golden.directory.appendingPathComponent("consumers.py").path

  /// networkx's view of a graph file, or nil when python3 or networkx is missing.
  static func networkx(_ kind: String, _ text: String, suffix: String) throws -> J? {
    guard let python = Tool.find("python3") else { return nil }
    let path = try Tool.temporaryFile(text, suffix: suffix)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try Tool.run(python, [script, "graph", kind, path])
    if result.status == 3 { return nil }
    #expect(result.status == 0, "networkx could not read the \(kind) file: \(result.err)")
    return try J.parse(result.out)
  }

  /// Chromium's binary (Debian's `chromium`, or `chromium-browser`), or nil.
  static var chromium: String? { Tool.find("chromium") ?? Tool.find("chromium-browser") }

  static func chromiumFlags() -> [String] {
    ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
     "--user-data-dir=" + Scratch.path("chronicle-chromium").path]
  }

  /// The DOM after the page's scripts ran, or nil without Chromium.
  static func dumpDOM(htmlFile path: String, fragment: String = "") throws -> String? {
    guard let chromium else { return nil }
    let result = try Tool.run(chromium, chromiumFlags() + ["--dump-dom", "file://" + path + fragment])
    #expect(result.status == 0, "chromium --dump-dom failed: \(result.err.suffix(400))")
    return result.out
  }

  /// Takes a screenshot; returns the PNG's summary from `consumers.py png`
  /// (width, height, colors, foreground), or nil without Chromium or python3.
  static func screenshot(htmlFile path: String, png: String, size: String = "1200,800") throws -> J? {
    guard let chromium, let python = Tool.find("python3") else { return nil }
    let result = try Tool.run(
      chromium, chromiumFlags() + ["--hide-scrollbars", "--screenshot=" + png, "--window-size=" + size, "file://" + path])
    #expect(result.status == 0, "chromium --screenshot failed: \(result.err.suffix(400))")
    let summary = try Tool.run(python, [script, "png", png])
    #expect(summary.status == 0, "\(summary.err)")
    return try J.parse(summary.out)
  }
}

extension J {
  var items: [J] { array ?? [] }
  var members: [(String, J)] {
    if case .object(let m) = self { return m }
    return []
  }
}
