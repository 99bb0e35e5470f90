import ArgumentParser

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",  // explicit: deriving it costs protocol-conformance scans at start-up
    abstract: "Score extraction against annotated corpora.",
    discussion: """
      Each evaluation prints its scores and, with --errors, the error list grouped by kind; \
      --json prints machine-readable scores (used by the quality gates in .ci/run).
      """,
    subcommands: [EvalTimex.self, EvalTimeML.self, EvalEvents.self, EvalCoding.self, EvalActors.self, ShowEvents.self, EvalTimeline.self])
}
