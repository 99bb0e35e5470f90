import ChronicleExtraction
import Glibc

/// libFuzzer entry: the bytes are read as a plain-text article (with its
/// `Date:` header if any) and run through the whole pipeline (text, time,
/// actors, events). Every span in the result must lie inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  let articles: [Article]
  do {
    articles = try ArticleReader().read(bytes: bytes, path: "fuzz.txt", format: .text).articles
  } catch {
    return 0
  }
  let extractor = Extractor()
  for article in articles {
    let result = extractor.extract(article, published: article.published ?? CivilDate(dayNumber: 19_282))
    let length = result.text.text.utf8.count
    for time in result.times { precondition(time.span.end <= length && time.span.start <= time.span.end) }
    for mention in result.actors { precondition(mention.span.end <= length && mention.span.start <= mention.span.end) }
    for event in result.events { precondition(event.span.end <= length && event.span.start <= event.span.end) }
  }
  return 0
}

/// libFuzzer's driver (SwiftPM renames the executable's `main`, so libFuzzer's own
/// `main` is not the entry point; the top-level code hands control to the driver).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var fuzzArgc = CommandLine.argc
var fuzzArgv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&fuzzArgc, &fuzzArgv, fuzzPipeline))
