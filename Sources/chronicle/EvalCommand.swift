import ArgumentParser

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against annotated corpora.",
    subcommands: [])
}
