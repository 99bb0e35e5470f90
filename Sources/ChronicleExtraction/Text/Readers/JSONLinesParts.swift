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
    guard ArticleReader.format(forPath: path) == .jsonl, try FileAccess.kind(path) == .file,
      let size = FileAccess.size(path), size > threshold
    else {
      try body(try read(path: path))
      return
    }
    let fd = try FileAccess.openForReading(path)
    defer { close(fd) }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(partBytes + 65536)
    var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(1, partBytes)))
    var nextLine = 1
    var atEnd = false
    var first = true
    var wanted = partBytes
    while !atEnd {
      // Fill to a part's size, then cut after the last line break.
      while buffer.count < wanted {
        let n = try FileAccess.readSome(fd, into: &chunk, path: path)
        if n == 0 {
          atEnd = true
          break
        }
        buffer.append(contentsOf: chunk[0..<n])
      }
      var cut = buffer.count
      if !atEnd {
        guard let lastBreak = buffer.lastIndex(of: ByteText.newline) else {
          wanted = buffer.count + partBytes  // one line longer than a part: read on
          continue
        }
        cut = lastBreak + 1
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
