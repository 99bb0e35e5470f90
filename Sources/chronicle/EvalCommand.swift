import ArgumentParser

/// `chronicle eval …`: corpus evaluations.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate Chronicle's stages on annotated corpora.",
    subcommands: [EvalTimex.self]
  )
}
