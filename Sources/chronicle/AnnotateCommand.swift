import ArgumentParser
import ChronicleEval
import Foundation

/// `chronicle annotate --timeml --out DIR FILE…`: writes TIMEX3 tags into TimeML documents.
struct Annotate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Write Chronicle's TIMEX3 and EVENT annotations into TimeML documents (TempEval-3 form).",
    discussion: """
      Each file needs a <DCT> and a <TEXT>; TIMEX3, EVENT and SIGNAL tags already in the text \
      and MAKEINSTANCE/TLINK/SLINK/ALINK elements after it are removed first, so gold files \
      work too. The output goes to DIR under the same file name; the rest outside <TEXT> is \
      kept byte for byte and the text changes only by the inserted <TIMEX3 tid type value \
      [mod] [anchorTimeID]> and <EVENT eid class> tags (t0 stays the DCT's); each EVENT gets a \
      MAKEINSTANCE (eiid, tense, aspect, polarity, pos) after </TEXT>. Score the result with \
      'chronicle eval timeml GOLD_DIR DIR'.
      """
  )

  @Flag(help: "Read and write TimeML (the only format so far; required).")
  var timeml = false

  @Option(help: "Folder to write the annotated files into (created if missing).")
  var out: String

  @Argument(help: "TimeML files, or folders holding .tml files.")
  var files: [String]

  func validate() throws {
    guard timeml else { throw ValidationError("Pass --timeml (the only annotation format so far).") }
    guard !files.isEmpty else { throw ValidationError("Pass TimeML files or folders to annotate.") }
  }

  func run() throws {
    do {
      let paths = try TimeMLReader.files(in: files)
      let counts = try TimeMLAnnotator().annotate(files: paths, into: out)
      FileHandle.standardError.write(
        Data(
          "annotated \(paths.count) file\(paths.count == 1 ? "" : "s"), \(counts.reduce(0) { $0 + $1.timexes }) TIMEX3 and \(counts.reduce(0) { $0 + $1.events }) EVENT into \(out)\n"
            .utf8))
    } catch let error as TimeMLError {
      printError(error.description)
      throw ExitCode(65)
    }
  }
}
