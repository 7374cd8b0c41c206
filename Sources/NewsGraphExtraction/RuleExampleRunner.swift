import NewsGraphCore
import NewsGraphRules

/// Runs every `example:` and `not:` line of a rule set through the extractor.
///
/// An example passes when each expectation is found (an annotation of that
/// kind and text, or a holds triple); a `not:` line passes when none is.
public struct RuleExampleRunner: Sendable {
    public let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: String
        public var example: RuleExample
        public var problems: [String]

        public var description: String {
            "\(example.location.file):\(example.location.line): \(rule): \(example.negative ? "not" : "example") `\(example.text)`\n"
                + problems.map { "    \($0)" }.joined(separator: "\n")
        }
    }

    public func run() -> (passed: Int, failures: [Failure]) {
        var passed = 0
        var failures: [Failure] = []
        for rule in extractor.engine.rules.rules {
            for example in rule.examples {
                let problems = check(example)
                if problems.isEmpty { passed += 1 } else { failures.append(Failure(rule: rule.id, example: example, problems: problems)) }
            }
        }
        return (passed, failures)
    }

    public func check(_ example: RuleExample) -> [String] {
        let text = ScalarText(example.text)
        let extraction = extractor.extract(text)
        var found: [String] = []
        var missing: [String] = []
        for e in example.expectations {
            if present(e, extraction, text) { found.append(e.description) } else { missing.append(e.description) }
        }
        let got = "got: " + summary(extraction, text)
        if example.negative {
            return found.isEmpty ? [] : found.map { "unexpected \($0)" } + [got]
        }
        return missing.isEmpty ? [] : missing.map { "missing \($0)" } + [got]
    }

    func present(_ e: RuleExample.Expectation, _ x: Extraction, _ text: ScalarText) -> Bool {
        switch e {
        case .entity(let kind, let name):
            return x.annotations.contains { $0.kind == kind && text.string($0.span) == name }
        case .holds(let p, let t, let o):
            return x.holds.contains { $0.person.text == p && $0.title.text == t && ($0.organization?.text ?? "") == o }
        }
    }

    func summary(_ x: Extraction, _ text: ScalarText) -> String {
        let entities = x.annotations.map { "\($0.kind) \(text.string($0.span))" }
        let holds = x.holds.map { "holds \($0.person.text)|\($0.title.text)|\($0.organization?.text ?? "")" }
        return (entities + holds).joined(separator: "; ")
    }
}
