import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Rule-based knowledge-graph extraction from Chinese news: people, titles, organizations, places.",
        subcommands: [ExtractCommand.self, ExplainCommand.self, EvalCommand.self, RulesCommand.self])
}
