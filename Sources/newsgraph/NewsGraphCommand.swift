import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Rule-based knowledge-graph extraction from (Chinese) news.",
        subcommands: [])
}
