import ChronicleExtraction
import Glibc

/// libFuzzer entry: the first byte picks the input format (or content sniffing),
/// the rest is the file content handed to ``ArticleReader``. Any result or a typed
/// ``InputError`` is fine; a crash, a hang or an out-of-memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  let formats: [ArticleFormat?] = [nil] + ArticleFormat.allCases
  let format = formats[Int(bytes[0]) % formats.count]
  do {
    let result = try ArticleReader().read(bytes: Array(bytes[1...]), path: "fuzz-input", format: format)
    for article in result.articles { _ = article.fullText.utf8.count }
  } catch {
    _ = error.description
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
exit(LLVMFuzzerRunDriver(&fuzzArgc, &fuzzArgv, fuzzReaders))
