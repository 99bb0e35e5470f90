import ArgumentParser

/// `chronicle eval …`: corpus evaluations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate extraction stages on annotated corpora.",
    subcommands: [EvalEvents.self, EvalCoding.self, ShowEvents.self, EvalTimex.self, EvalActors.self]
  )
}
