import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check the rule files: run their examples, lint them.",
        subcommands: [Test.self, Lint.self, Doc.self])

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every `example:` and `not:` line of the rules.",
            discussion: "Example: newsgraph rules test Rules")

        @Argument(help: ArgumentHelp("The rules directory (default: the installed Rules/).", valueName: "dir"))
        var directory: String?

        func run() throws {
            let dir = directory ?? RulesLocator.defaultDirectory()
            let rules = try RulesCommand.compile(dir)
            let (passed, failures) = RuleExampleRunner(extractor: Extractor(rules: rules)).run()
            for f in failures { print(f) }
            print("\(passed) passed, \(failures.count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report unused names, shadowed rules and duplicate lexicon entries.",
            discussion: "Example: newsgraph rules lint Rules")

        @Argument(help: ArgumentHelp("The rules directory (default: the installed Rules/).", valueName: "dir"))
        var directory: String?

        func run() throws {
            let dir = directory ?? RulesLocator.defaultDirectory()
            let findings = RuleLinter().lint(try RulesCommand.compile(dir))
            for f in findings { print(f) }
            print("\(findings.count) finding(s)")
        }
    }

    struct Doc: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rules as Markdown (docs/rules.md).",
            discussion: "Example: newsgraph rules doc Rules > docs/rules.md")

        @Argument(help: ArgumentHelp("The rules directory (default: the installed Rules/).", valueName: "dir"))
        var directory: String?

        func run() throws {
            print(RuleDocumentation().markdown(try RulesCommand.compile(directory ?? RulesLocator.defaultDirectory())), terminator: "")
        }
    }

    static func compile(_ dir: String) throws -> RuleSet {
        let start = Date()
        do {
            let rules = try RuleCompiler(directory: dir).compile()
            var err = StandardError()
            print("compiled \(rules.rules.count) rules, \(rules.automaton.keywordCount) lexicon entries in \(Int(Date().timeIntervalSince(start) * 1000)) ms", to: &err)
            return rules
        } catch {
            var err = StandardError()
            print(error, to: &err)
            throw ExitCode(1)
        }
    }
}
