import ArgumentParser
import NewsGraph

/// `--rules DIR`, shared by every command that runs the rules.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The rules directory (lexicons, layout word lists, *.rules).", valueName: "dir"))
    var rules: String?

    var directory: String { rules ?? RulesLocator.defaultDirectory() }

    func pipeline() throws -> Pipeline {
        do {
            return try Pipeline(rulesDirectory: directory)
        } catch {
            throw ValidationError("cannot load rules from \(directory):\n\(error)")
        }
    }
}
