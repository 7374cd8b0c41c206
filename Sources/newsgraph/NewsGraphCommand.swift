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
        // Past a file-size limit, a write fails (EFBIG) and is reported like a full disk,
        // instead of the signal killing the process mid-file.
        signal(SIGXFSZ, SIG_IGN)
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
