import Foundation

/// What reading one input file gave: the articles, and the problems of parts
/// that could not be read (a bad line in JSON Lines) while the rest could.
public struct ReadResult: Sendable {
  public var articles: [Article]
  public var problems: [InputError]
  /// Notes about input that was read but had to be repaired or guessed at:
  /// invalid UTF-8 replaced with U+FFFD, a legacy 8-bit file decoded as
  /// Windows-1252, a TimeML creation time that is no date. One line each,
  /// naming the file.
  public var warnings: [String]

  public init(articles: [Article], problems: [InputError] = [], warnings: [String] = []) {
    self.articles = articles
    self.problems = problems
    self.warnings = warnings
  }
}

/// Reads articles from files in every supported format: plain text, Markdown,
/// HTML, JSON, JSON Lines and TimeML.
///
/// Every file is first checked and decoded (see ``read(bytes:path:format:)``),
/// then read by the reader of its format: the extension decides
/// (``format(forPath:)``), else the content (``sniffFormat(_:)``).
public struct ArticleReader: Sendable {
  public init() {}

  /// The path that stands for standard input in ``read(path:)``, ``read(path:parts:)`` and
  /// ``inputFiles(_:)``: `-`.
  public static let standardInputPath = "-"

  /// What errors, warnings and the articles' origins call standard input: `<stdin>`.
  public static let standardInputName = "<stdin>"

  /// Reads one file; the format comes from the extension, else from the content.
  ///
  /// A directory is read file by file (see ``inputFiles(_:)``): what fails in one
  /// file becomes a problem of the result.
  public func read(path: String) throws(InputError) -> ReadResult {
    if path == Self.standardInputPath {
      return try read(bytes: FileAccess.contents(of: STDIN_FILENO, path: Self.standardInputName), path: Self.standardInputName)
    }
    switch try FileAccess.kind(path) {
    case .directory:
      var result = ReadResult(articles: [])
      for file in try inputFiles([path]) {
        do throws(InputError) {
          let r = try read(path: file)
          result.articles += r.articles
          result.problems += r.problems
          result.warnings += r.warnings
        } catch {
          result.problems.append(error)
        }
      }
      return result
    case .file:
      return try read(bytes: FileAccess.contents(path), path: path)
    }
  }

  /// Reads articles from bytes already in memory (`path` names them in errors
  /// and is their origin; its extension picks the format when `format` is `nil`).
  ///
  /// Before the format reader runs: 0 bytes or whitespace only is
  /// ``InputError/empty(path:)``; a NUL byte in the first 8 KiB or more than 10%
  /// control bytes there is ``InputError/binary(path:)``; UTF-16 with a
  /// byte-order mark is converted; invalid UTF-8 is repaired (each bad sequence
  /// becomes U+FFFD, or the whole file is decoded as Windows-1252 when it has no
  /// valid multi-byte UTF-8 at all) with a warning in the result; CRLF and CR
  /// become LF.
  public func read(bytes: [UInt8], path: String, format: ArticleFormat? = nil) throws(InputError) -> ReadResult {
    let decoded = try InputDecoding.decode(bytes, path: path)
    let format = format ?? ArticleReader.format(forPath: path) ?? ArticleReader.sniffFormat(decoded.bytes)
    // One article per file in these formats: refuse a giant one before analysing it (memory
    // grows with the text, about 70 bytes per byte in the whole pipeline).
    if format != .json && format != .jsonl, decoded.bytes.count > Self.maximumArticleBytes {
      throw .tooLarge(path: path, bytes: decoded.bytes.count, limit: Self.maximumArticleBytes)
    }
    var result: ReadResult
    switch format {
    case .text:
      result = ReadResult(articles: [try PlainTextReader.read(decoded.bytes, path: path)])
    case .markdown:
      result = ReadResult(articles: [try MarkdownReader.read(decoded.bytes, path: path)])
    case .html:
      result = ReadResult(articles: [try HTMLReader.read(decoded.bytes, path: path)])
    case .json:
      result = try JSONArticleReader.readJSON(decoded.bytes, path: path)
    case .jsonl:
      var articles: [Article] = []
      result = Self.readJSONLines(decoded.bytes, path: path, sliceBytes: .max) {
        articles += $0
        return true
      }!
      result.articles = articles
    case .timeml:
      let (article, warnings) = try TimeMLArticleReader.read(decoded.bytes, path: path)
      result = ReadResult(articles: [article], warnings: warnings)
    }
    if format == .json { Self.dropOversized(&result, path: path) }
    result.warnings = decoded.warnings + result.warnings
    return result
  }

  /// Reads decoded JSON Lines `bytes` a slice of about `sliceBytes` bytes of whole lines at a
  /// time: each slice's articles (giant ones dropped) go to `deliver` as soon as the slice is
  /// parsed; `deliver` returns `false` to stop, and then the result is `nil`. The result holds
  /// no articles, only the whole file's problems — its malformed lines in order, then its giant
  /// articles — and the lines' warnings: what ``read(bytes:path:format:)`` reports for the
  /// file, which reads it with `sliceBytes: .max` (one slice). ``ArticleFeed`` reads with
  /// small slices so that extraction starts before a large file is parsed.
  static func readJSONLines(
    _ bytes: [UInt8], path: String, sliceBytes: Int, deliver: ([Article]) -> Bool
  ) -> ReadResult? {
    var problems: [InputError] = []
    var oversized: [InputError] = []
    var warnings: [String] = []
    var start = 0
    var line = 1
    while true {
      // A slice ends after a line break (or at the end); the last line may lack one.
      var end = bytes.count - start > sliceBytes ? start + sliceBytes : bytes.count
      while end < bytes.count && bytes[end - 1] != ByteText.newline { end += 1 }
      var slice =
        start == 0 && end == bytes.count
        ? JSONArticleReader.readJSONLines(bytes, path: path)
        : JSONArticleReader.readJSONLines(Array(bytes[start..<end]), path: path, firstLine: line)
      problems += slice.problems
      warnings += slice.warnings
      slice.problems = []
      dropOversized(&slice, path: path)
      oversized += slice.problems
      if !slice.articles.isEmpty, !deliver(slice.articles) { return nil }
      if end == bytes.count { break }
      for b in bytes[start..<end] where b == ByteText.newline { line += 1 }
      start = end
    }
    return ReadResult(articles: [], problems: problems + oversized, warnings: warnings)
  }

  /// Collections keep their other articles; a giant one is reported like a bad line.
  static func dropOversized(_ result: inout ReadResult, path: String) {
    var kept: [Article] = []
    for article in result.articles {
      let size = article.body.utf8.count + (article.title?.utf8.count ?? 0)
      if size > Self.maximumArticleBytes {
        let name = article.id.map { "\(path) (\($0))" } ?? path
        result.problems.append(.tooLarge(path: name, bytes: size, limit: Self.maximumArticleBytes))
      } else {
        kept.append(article)
      }
    }
    result.articles = kept
  }

  /// The largest article Chronicle analyses: 64 MB of text (its extraction needs a few GB of
  /// memory); larger ones are refused with ``InputError/tooLarge(path:bytes:limit:)``.
  public static let maximumArticleBytes = 64 * 1_048_576

  /// Reads a TimeML file with its gold annotations (for evaluations).
  public func readTimeML(path: String) throws(InputError) -> TimeMLAnnotatedArticle {
    guard try FileAccess.kind(path) == .file else {
      throw .unreadable(path: path, reason: "is a directory, not a TimeML file")
    }
    return try TimeMLArticleReader.parse(bytes: FileAccess.contents(path), path: path)
  }

  /// Lists the readable input files under `paths` (directories are walked recursively).
  ///
  /// Files named directly are kept as they are. In directories, entries are
  /// visited in byte order of their names (so the list is the same on every
  /// run); hidden files and directories (names starting with `.`) and files
  /// whose extension says they are not articles (images, archives, audio, video,
  /// office documents, executables, fonts, databases, scripts and style sheets)
  /// are skipped. Symbolic links are followed, but a directory is walked only
  /// once (by its real path), so link loops end; a file reached twice is listed once.
  /// A path that does not exist is ``InputError/notFound(path:)``.
  public func inputFiles(_ paths: [String]) throws(InputError) -> [String] {
    var walker = DirectoryWalker()
    for path in paths {
      if path == Self.standardInputPath {
        walker.addStandardInput()
        continue
      }
      switch try FileAccess.kind(path) {
      case .file: walker.add(path)
      case .directory: try walker.walk(path)
      }
    }
    return walker.files
  }

  /// The format a file name's extension names (case-insensitive), or `nil`:
  /// `.txt` `.text` → text, `.md` `.markdown` → markdown, `.html` `.htm` `.xhtml`
  /// → html, `.json` → json, `.jsonl` `.ndjson` → jsonl, `.tml` `.timeml` → timeml.
  public static func format(forPath path: String) -> ArticleFormat? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "txt", "text": return .text
    case "md", "markdown", "mdown", "mkd": return .markdown
    case "html", "htm", "xhtml", "shtml": return .html
    case "json": return .json
    case "jsonl", "ndjson", "jsonlines": return .jsonl
    case "tml", "timeml": return .timeml
    default: return nil
    }
  }

  /// The format of content with no telling extension: `{` or `[` starting a JSON
  /// value → json; `<?xml` or `<TimeML`/`<DOCID` near the top → timeml; `<` with
  /// HTML tags near the top → html; front matter or a `# Heading` first → markdown;
  /// anything else → text.
  public static func sniffFormat(_ bytes: [UInt8]) -> ArticleFormat {
    var i = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    while i < bytes.count, ByteText.isSpace(bytes[i]) { i += 1 }
    guard i < bytes.count else { return .text }
    let first = bytes[i]
    func next(after k: Int) -> UInt8? {
      var j = k + 1
      while j < bytes.count, ByteText.isSpace(bytes[j]) { j += 1 }
      return j < bytes.count ? bytes[j] : nil
    }
    if first == UInt8(ascii: "{") {
      if let n = next(after: i), n == UInt8(ascii: "\"") || n == UInt8(ascii: "}") { return .json }
      return .text
    }
    if first == UInt8(ascii: "[") {
      if let n = next(after: i), n == UInt8(ascii: "{") || n == UInt8(ascii: "\"") || n == UInt8(ascii: "]")
        || n == UInt8(ascii: "[")
      {
        return .json
      }
      return .text
    }
    let window = bytes[i..<min(bytes.count, i + 4096)].map(ByteText.lower)
    func contains(_ needle: String) -> Bool {
      let n = Array(needle.utf8)
      guard n.count <= window.count else { return false }
      var k = 0
      while k + n.count <= window.count {
        if window[k] == n[0], window[k..<(k + n.count)].elementsEqual(n) { return true }
        k += 1
      }
      return false
    }
    if first == UInt8(ascii: "<") {
      if contains("<timeml") || contains("<docid>") { return .timeml }
      let htmlTags = [
        "<html", "<!doctype html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title",
        "<h1", "<h2", "<span", "<br", "<a ", "<section", "<main", "<table", "<ul", "<li", "<blockquote",
      ]
      if htmlTags.contains(where: contains) { return .html }
      if window.starts(with: Array("<?xml".utf8)) { return .timeml }
      return .text
    }
    // Markdown: front matter with a key, or a `# Heading` as the first line.
    if window.starts(with: Array("---\n".utf8)) || window.starts(with: Array("+++\n".utf8)) {
      let lines = ByteText.lines(Array(window)).dropFirst().prefix(40)
      let fence = Array(window.prefix(3))
      if lines.contains(where: { Array(ByteText.trimmed($0)) == fence }) { return .markdown }
    }
    if first == UInt8(ascii: "#") {
      var j = i
      while j < bytes.count, bytes[j] == UInt8(ascii: "#") { j += 1 }
      if j - i <= 6, j < bytes.count, ByteText.isBlank(bytes[j]) { return .markdown }
    }
    return .text
  }
}

/// Files and directories through POSIX calls, with errors as ``InputError``.
enum FileAccess {
  enum Kind { case file, directory }

  static func kind(_ path: String) throws(InputError) -> Kind {
    var st = stat()
    guard stat(path, &st) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
      if code == ELOOP { throw .unreadable(path: path, reason: "symbolic link loop; point the link at a real file") }
      throw .unreadable(path: path, reason: reason(code))
    }
    switch st.st_mode & S_IFMT {
    case S_IFDIR: return .directory
    case S_IFREG: return .file
    default:
      // Reading a FIFO, socket or device would block or never end.
      throw .unreadable(path: path, reason: "not a regular file (a pipe, socket or device); save the input to a file first")
    }
  }

  static func reason(_ code: Int32) -> String {
    if code == EACCES || code == EPERM { return "permission denied" }
    return String(cString: strerror(code))
  }

  /// Opens `path` for reading (the caller closes the descriptor).
  static func openForReading(_ path: String) throws(InputError) -> Int32 {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { throw .notFound(path: path) }
      throw .unreadable(path: path, reason: reason(code))
    }
    return fd
  }

  /// POSIX `read` of up to `buffer.count - offset` bytes into `buffer` from `offset` on,
  /// retried when interrupted: the count read, 0 at the end of the file.
  static func readSome(_ fd: Int32, into buffer: inout [UInt8], at offset: Int = 0, path: String) throws(InputError) -> Int {
    while true {
      let n = buffer.withUnsafeMutableBufferPointer { read(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n >= 0 { return n }
      let code = errno
      if code != EINTR { throw .unreadable(path: path, reason: reason(code)) }
    }
  }

  /// The whole file, read with POSIX `read`.
  static func contents(_ path: String) throws(InputError) -> [UInt8] {
    let fd = try openForReading(path)
    defer { close(fd) }
    return try contents(of: fd, path: path)
  }

  /// Everything left to read from `fd` (`path` names it in errors).
  static func contents(of fd: Int32, path: String) throws(InputError) -> [UInt8] {
    var st = stat()
    let size = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(65536, bytes.count))) }
      let n = try readSome(fd, into: &bytes, at: filled, path: path)
      if n == 0 { break }
      filled += n
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }
}

/// Collects the files under directories, deterministically and without loops.
struct DirectoryWalker {
  var files: [String] = []
  var seenFiles: Set<String> = []
  var seenDirectories: Set<String> = []

  /// Extensions of files that are not articles.
  static let skipped: Set<String> = [
    // Images.
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "icns", "svg", "heic", "heif", "psd",
    "avif", "raw", "cr2", "nef", "eps",
    // Archives and disk images.
    "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "zst", "lz4", "lz", "z", "jar", "war", "iso", "dmg",
    "img", "pkg", "deb", "rpm", "apk", "cab",
    // Documents in binary formats.
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "epub", "mobi", "rtf", "pages",
    "numbers", "key",
    // Audio and video.
    "mp3", "wav", "flac", "ogg", "oga", "m4a", "aac", "opus", "mid", "midi", "mp4", "m4v", "mov", "avi", "mkv",
    "webm", "wmv", "flv", "mpg", "mpeg",
    // Code objects, executables, fonts.
    "exe", "dll", "so", "dylib", "a", "o", "obj", "bin", "class", "pyc", "wasm", "ttf", "otf", "woff", "woff2",
    "eot",
    // Databases and serialized data.
    "sqlite", "sqlite3", "db", "sqlite-wal", "sqlite-shm", "parquet", "avro", "npy", "npz", "pkl", "pickle",
    "h5", "hdf5", "pt", "onnx", "safetensors", "gguf", "arrow", "feather",
    // Web page assets.
    "css", "js", "mjs", "map", "swf",
  ]

  static func isSkipped(_ name: String) -> Bool {
    if name.hasPrefix(".") { return true }
    guard let dot = name.lastIndex(of: ".") else { return false }
    return skipped.contains(name[name.index(after: dot)...].lowercased())
  }

  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  mutating func add(_ path: String) {
    if seenFiles.insert(DirectoryWalker.realPath(path)).inserted { files.append(path) }
  }

  /// Standard input, listed once however often it is named (it can be read only once).
  mutating func addStandardInput() {
    if seenFiles.insert("\0-").inserted { files.append(ArticleReader.standardInputPath) }
  }

  mutating func walk(_ directory: String) throws(InputError) {
    guard seenDirectories.insert(DirectoryWalker.realPath(directory)).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .unreadable(path: directory, reason: "cannot list the directory")
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
      let path = prefix + name
      var st = stat()
      guard stat(path, &st) == 0 else { continue }  // broken link, or gone
      let type = st.st_mode & S_IFMT
      if type == S_IFDIR {
        try walk(path)
      } else if type == S_IFREG, !DirectoryWalker.isSkipped(name) {
        add(path)
      }
    }
  }
}
