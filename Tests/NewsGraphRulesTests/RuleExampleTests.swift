import Foundation
import Testing
import NewsGraphExtraction
import NewsGraphRules

/// Every `example:` and `not:` line of the shipped rules, as a test.
@Suite struct RuleExampleTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules").path

    @Test func theShippedRulesCompileAndEveryExampleHolds() throws {
        let rules = try RuleCompiler(directory: Self.rulesDirectory).compile()
        #expect(rules.rules.count > 20)
        let (passed, failures) = RuleExampleRunner(extractor: Extractor(rules: rules)).run()
        #expect(passed > 40)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyRuleHasAnExample() throws {
        let rules = try RuleCompiler(directory: Self.rulesDirectory).compile()
        let withExamples = Set(rules.rules.filter { !$0.examples.isEmpty }.map(\.id))
        let without = Set(rules.rules.map(\.id)).subtracting(withExamples).filter { !$0.hasPrefix("stop.") }.sorted()
        #expect(without.isEmpty, "rules without examples: \(without)")
    }
}

/// `docs/rules.md` is generated from the rule files; it must not go stale.
@Suite struct RuleDocumentationTests {
    @Test func docsRulesMarkdownIsCurrent() throws {
        let root = URL(fileURLWithPath: RuleExampleTests.rulesDirectory).deletingLastPathComponent()
        let rules = try RuleCompiler(directory: RuleExampleTests.rulesDirectory).compile()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(
            committed == RuleDocumentation().markdown(rules),
            "docs/rules.md is stale: run `swift run newsgraph rules doc Rules > docs/rules.md`")
    }
}
