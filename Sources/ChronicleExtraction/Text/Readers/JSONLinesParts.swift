import Foundation

extension ArticleReader {
  /// Largest JSON Lines file that ``read(path:parts:)`` reads whole; a bigger one is read in
  /// parts of whole lines, so that memory stays bounded whatever the file's size.
  public static let streamingThreshold = 32 << 20

  /// About how many bytes of whole lines each part of a streamed JSON Lines file holds.
  static let partBytes = 8 << 20

  /// Reads the file at `path` and hands its articles to `body` as they come.
  ///
  /// A JSON Lines file (by extension) larger than ``streamingThreshold`` is read in parts of
  /// whole lines (about 8 MiB each): every part is decoded as a whole file would be (invalid
  /// UTF-8 repaired with a warning that names the line the part starts at, CRLF made LF) and
  /// its lines are read as ``read(path:)`` reads them, with the same line numbers in the
  /// articles' origins, so the documents and their ids are the same. Any other file is read at
  /// once, as ``read(path:)`` does, and `body` is called once.
  ///
  /// - Throws: ``InputError`` when the file cannot be read (or its first part is binary), or
  ///   what `body` throws.
  public func read(path: String, parts body: (ReadResult) throws -> Void) throws {
    try read(path: path, streamingAbove: Self.streamingThreshold, partBytes: Self.partBytes, parts: body)
  }

  /// ``read(path:parts:)`` with the threshold and part size given (tests use small ones).
  func read(path: String, streamingAbove threshold: Int, partBytes: Int, parts body: (ReadResult) throws -> Void) throws {
    if path == Self.standardInputPath {
      try readStandardInput(streamingAbove: threshold, partBytes: partBytes, parts: body)
      return
    }
    guard ArticleReader.format(forPath: path) == .jsonl, try FileAccess.kind(path) == .file,
      let size = FileAccess.size(path), size > threshold
    else {
      try body(try read(path: path))
      return
    }
    let fd = try FileAccess.openForReading(path)
    defer { close(fd) }
    try readParts(fd, path: path, buffer: [], partBytes: partBytes, parts: body)
  }

  /// Standard input (`-`) for ``read(path:parts:)``: input that ends within `threshold` bytes
  /// and one part (`partBytes`, 8 MiB) is read whole, in any format, as
  /// ``read(bytes:path:format:)`` reads it; longer input must be JSON Lines (its first line a
  /// JSON object) and is read in parts like a large file, so memory stays that of a streamed
  /// file. Errors and the articles' origins name it `<stdin>`.
  func readStandardInput(
    _ fd: Int32 = STDIN_FILENO, streamingAbove threshold: Int, partBytes: Int, parts body: (ReadResult) throws -> Void
  ) throws {
    let name = Self.standardInputName
    let threshold = min(threshold, partBytes)
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(1, threshold)))
    while buffer.count <= threshold {
      let n = try FileAccess.readSome(fd, into: &chunk, path: name)
      if n == 0 {
        try body(try read(bytes: buffer, path: name))
        return
      }
      buffer.append(contentsOf: chunk[0..<n])
    }
    guard Self.startsWithJSONObjectLine(buffer) else {
      throw InputError.unreadable(
        path: name,
        reason: "more than \(threshold >> 20) MiB that is not JSON Lines; save it to a file and give its path")
    }
    try readParts(fd, path: name, buffer: buffer, partBytes: partBytes, parts: body)
  }

  /// Whether `bytes` begin with a line holding one JSON object (how JSON Lines begin).
  static func startsWithJSONObjectLine(_ bytes: [UInt8]) -> Bool {
    guard let newline = bytes.firstIndex(of: ByteText.newline) else { return false }
    return bytes.withUnsafeBufferPointer { p in
      var parser = JSONInputParser(p, from: 0, to: newline)
      parser.skipSpace()
      guard case .object? = try? parser.value() else { return false }
      parser.skipSpace()
      return parser.i == newline
    }
  }

  /// Reads JSON Lines from `fd` (after the bytes already in `buffer`) in parts of whole lines
  /// of about `partBytes`, each decoded and read as the streamed file's parts are.
  private func readParts(
    _ fd: Int32, path: String, buffer: [UInt8], partBytes: Int, parts body: (ReadResult) throws -> Void
  ) throws {
    var buffer = buffer
    buffer.reserveCapacity(partBytes + 65536)
    var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(1, partBytes)))
    var nextLine = 1
    var atEnd = false
    var first = true
    var wanted = partBytes
    while !atEnd || !buffer.isEmpty {
      // Fill to a part's size, then cut after the last line break within it (after the
      // first one beyond it when a line is longer than a part); at the end of the input
      // what is left within a part's size goes whole.
      while !atEnd && buffer.count < wanted {
        let n = try FileAccess.readSome(fd, into: &chunk, path: path)
        if n == 0 {
          atEnd = true
          break
        }
        buffer.append(contentsOf: chunk[0..<n])
      }
      var cut = buffer.count
      if !atEnd || buffer.count > wanted {
        let within = min(buffer.count, wanted)
        if let lastBreak = buffer[..<within].lastIndex(of: ByteText.newline) {
          cut = lastBreak + 1
        } else if let nextBreak = buffer[within...].firstIndex(of: ByteText.newline) {
          cut = nextBreak + 1
        } else if !atEnd {
          wanted = buffer.count + partBytes  // one line longer than a part: read on
          continue
        }
      }
      wanted = partBytes
      let part = Array(buffer[0..<cut])
      buffer.removeFirst(cut)
      let lines = part.reduce(0) { $0 + ($1 == ByteText.newline ? 1 : 0) }
      defer {
        nextLine += lines
        first = false
      }
      if part.allSatisfy({ ByteText.isSpace($0) }) { continue }
      let name = first ? path : "\(path) (part from line \(nextLine))"
      let decoded: InputDecoding.Decoded
      do throws(InputError) {
        decoded = try InputDecoding.decode(part, path: name)
      } catch {
        if first { throw error }
        try body(ReadResult(articles: [], problems: [error]))
        continue
      }
      var result = JSONArticleReader.readJSONLines(decoded.bytes, path: path, firstLine: nextLine)
      result.warnings = decoded.warnings + result.warnings
      Self.dropOversized(&result, path: path)
      try body(result)
    }
  }
}

extension FileAccess {
  /// The size in bytes of the file at `path`, if it can be known.
  static func size(_ path: String) -> Int? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return Int(st.st_size)
  }
}
