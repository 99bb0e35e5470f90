import Foundation
import Testing

@testable import ChronicleExtraction

@Suite struct InputFilesTests {
  @Test func walksDirectoriesSortedSkippingHiddenAndBinary() throws {
    let dir = try ReaderTempDirectory()
    for name in [
      "b.txt", "a.html", "Z.md", "notes", "photo.JPG", "archive.zip", ".hidden.txt", ".git/config.txt",
      "sub/inner.json", "sub/deeper/x.tml", "sub/style.css", "a-b.txt",
    ] {
      try dir.write(name, "x")
    }
    let files = try ArticleReader().inputFiles([dir.path])
    let relative = files.map { String($0.dropFirst(dir.path.count + 1)) }
    #expect(relative == ["Z.md", "a-b.txt", "a.html", "b.txt", "notes", "sub/deeper/x.tml", "sub/inner.json"])
  }

  @Test func explicitFilesAreKeptAndDeduplicated() throws {
    let dir = try ReaderTempDirectory()
    let image = try dir.write("scan.png", "x")
    let text = try dir.write("t.txt", "x")
    let files = try ArticleReader().inputFiles([image, text, text, dir.path])
    #expect(files == [image, text])
  }

  @Test func symlinkLoopsEnd() throws {
    let dir = try ReaderTempDirectory()
    try dir.write("d/a.txt", "x")
    try dir.symlink("d/loop", to: dir.path + "/d")
    try dir.symlink("d/up", to: dir.path)
    try dir.symlink("d/broken.txt", to: dir.path + "/nowhere.txt")
    try dir.symlink("alias.txt", to: dir.path + "/d/a.txt")
    let files = try ArticleReader().inputFiles([dir.path])
    #expect(files == [dir.path + "/alias.txt"])
  }

  @Test func trailingSlashAndEmptyDirectory() throws {
    let dir = try ReaderTempDirectory()
    try dir.mkdir("empty")
    #expect(try ArticleReader().inputFiles([dir.path + "/empty/"]) == [])
    try dir.write("empty/a.txt", "x")
    #expect(try ArticleReader().inputFiles([dir.path + "/empty/"]) == [dir.path + "/empty/a.txt"])
  }
}
