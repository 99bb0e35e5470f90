import ChronicleExtraction
import Glibc

/// libFuzzer entry: the bytes become text (invalid UTF-8 repaired), the first
/// two bytes pick a publication date (or none); the analyzer and the temporal
/// tagger run on it, and every span and value must stay inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemporalTagger(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  var published: CivilDate? = nil
  var body = bytes[...]
  if bytes.count >= 2 {
    let days = Int(bytes[0]) << 8 | Int(bytes[1])
    if days != 0 { published = CivilDate(dayNumber: 19_000 + days - 32_768) }
    body = bytes[2...]
  }
  let text = String(decoding: body, as: UTF8.self)
  let analyzed = TextAnalyzer().analyze(text, headlineLength: 0)
  let times = TemporalTagger().tag(analyzed, published: published)
  let length = text.utf8.count
  for time in times {
    precondition(time.span.start >= 0 && time.span.start <= time.span.end && time.span.end <= length)
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
exit(LLVMFuzzerRunDriver(&fuzzArgc, &fuzzArgv, fuzzTemporalTagger))
