import ArgumentParser

@main
struct Chronicle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chronicle",
    abstract: "Turn news articles into a queryable event graph.",
    version: "0.1.0",
    subcommands: [Eval.self]
  )
}
