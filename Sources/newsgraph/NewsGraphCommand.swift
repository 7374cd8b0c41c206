import ArgumentParser
import Foundation

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Rule-based knowledge-graph extraction from Chinese news: people, titles, organizations, places.",
        subcommands: [
            ExtractCommand.self, MergeCommand.self, ExplainCommand.self, EvalCommand.self, RulesCommand.self, QueryCommand.self,
            ValidateCommand.self, RenderCommand.self,
        ])

    /// Exit status 2 for usage errors (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
