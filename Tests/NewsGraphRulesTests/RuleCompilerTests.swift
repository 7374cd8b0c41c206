import Foundation
import Testing
@testable import NewsGraphRules

/// Bad rule files → the diagnostic code, line and column they must produce.
@Suite struct RuleCompilerTests {
    static let header = """
        class han = U+4E00..U+9FFF
        lexicon title = "书记" "主席"
        phase 10 main

        """

    struct BadCase: CustomTestStringConvertible, Sendable {
        let source: String
        let code: RuleDiagnostic.Code
        let line: Int
        let column: Int
        var testDescription: String { "\(code.rawValue) \(source.split(separator: "\n").last ?? "")" }
    }

    static let bad: [BadCase] = [
        BadCase(source: "rule a\n  emit: Title\n  pattern: @nope", code: .unknownLexicon, line: 6, column: 12),
        BadCase(source: "rule a\n  emit: Title\n  pattern: hann{2}", code: .unknownName, line: 6, column: 12),
        BadCase(source: "rule a\n  emit: Title\n  pattern: (han", code: .syntax, line: 6, column: 12),
        BadCase(source: "rule a\n  emit: Title\n  pattern: han{3,1}", code: .syntax, line: 6, column: 15),
        BadCase(source: "rule a\n  emit: Title\n  pattern: han?", code: .matchesEmpty, line: 4, column: 6),
        BadCase(source: "rule a\n  emit: Title\n  pattern: han\nrule a\n  emit: Title\n  pattern: han", code: .duplicateRule, line: 7, column: 6),
        BadCase(source: "rule a\n  emit: Title\n  colour: red", code: .unknownKey, line: 6, column: 3),
        BadCase(source: "define x = y\ndefine y = x\nrule a\n  emit: Title\n  pattern: x", code: .cycle, line: 5, column: 12),
        BadCase(source: "lexicon l = @m\nlexicon m = @l\nrule a\n  emit: Title\n  pattern: @l", code: .cycle, line: 4, column: 13),
        BadCase(source: "lexicon l = missing-file.txt\nrule a\n  emit: Title\n  pattern: @l", code: .missingFile, line: 4, column: 13),
        BadCase(source: "rule a\n  emit: Title\n  pattern: han{1,500}", code: .tooComplex, line: 4, column: 6),
        // Found by the `rules` fuzz target: nested repetitions multiply past any memory before the
        // size limit used to be checked.
        BadCase(
            source: "define a = han{64}\ndefine b = a{64}\ndefine c = b{64}\ndefine d = c{64}\ndefine e = d{64}\nrule a\n  emit: Title\n  pattern: e{64}",
            code: .tooComplex, line: 9, column: 6),
        BadCase(source: "rule a\n  emit: Title\n  pattern: han\n  example: 书记", code: .badExample, line: 7, column: 12),
        // Found by the `rules` fuzz target: parentheses nested a thousand deep overflowed the stack.
        BadCase(
            source: "rule a\n  emit: Title\n  pattern: " + String(repeating: "(", count: 1000) + "han" + String(repeating: ")", count: 1000),
            code: .syntax, line: 6, column: 44),
        BadCase(source: "frobnicate x", code: .syntax, line: 4, column: 1),
        // A character test keeps its excluded lexicons in a 64-bit set.
        BadCase(
            source: (0...64).map { "lexicon l\($0) = \"甲\"\n" }.joined() + "rule a\n  emit: Title\n  pattern: [han"
                + (0...64).map { " - @l\($0)" }.joined() + "]",
            code: .tooComplex, line: 71, column: 12),
    ]

    func compile(_ body: String) throws(RuleErrors) -> RuleSet {
        try RuleCompiler(directory: NSTemporaryDirectory()).compile(files: [("t.rules", Self.header + body)])
    }

    @Test(arguments: bad)
    func badRulesAreRejectedWithCodeAndPlace(_ c: BadCase) {
        do {
            _ = try compile(c.source)
            Issue.record("compiled")
        } catch {
            let d = error.diagnostics.first { $0.code == c.code }
            #expect(d != nil, "got \(error.diagnostics.map(\.description))")
            #expect(d?.line == c.line)
            #expect(d?.column == c.column)
        }
    }

    @Test func diagnosticsShowTheLineWithACaret() {
        do {
            _ = try compile("rule a\n  emit: Title\n  pattern: @nope")
        } catch {
            let text = error.description
            #expect(text.contains("t.rules:6:12: error R002: unknown lexicon `@nope`"))
            #expect(text.contains("  pattern: @nope\n             ^"))
        }
    }

    @Test func allErrorsAreReportedTogether() {
        do {
            _ = try compile("rule a\n  emit: Title\n  pattern: @x\nrule b\n  emit: Title\n  pattern: @y")
        } catch {
            #expect(error.diagnostics.count == 2)
        }
    }

    /// A rule file saved with CRLF line ends compiles as with LF, and its errors name the same
    /// lines (the `String` split saw `\r\n` as one character and read the file as one line).
    @Test func crlfLineEndsReadAsLineEnds() throws {
        let body = "lexicon places = \"北京市\" \"红安县\" # comment\nrule a\n  emit: Location\n  pattern: @places\n  example: 他在北京市 => Location 北京市\n"
        let lf = try compile(body)
        let crlf = try compile(body.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.rules.map(\.id) == lf.rules.map(\.id))
        #expect(crlf.rules.map(\.location) == lf.rules.map(\.location))
        #expect(crlf.lexiconEntries.map { $0.map(\.text) } == lf.lexiconEntries.map { $0.map(\.text) })
        #expect(crlf.rules.first?.examples.map(\.text) == ["他在北京市"])
        do {
            _ = try compile("rule a\r\n  emit: Title\r\n  pattern: @nope\r\n")
            Issue.record("compiled")
        } catch {
            #expect(error.description.contains("t.rules:6:12: error R002: unknown lexicon `@nope`"))
        }
    }

    /// `\n` in an example's text is a line break, so that rules reading lines can show theirs.
    @Test func anExamplesBackslashNIsALineBreak() throws {
        let set = try compile("lexicon places = \"北京市\"\nrule a\n  emit: Location\n  pattern: ^ @places\n  example: 县长\\n北京市 => Location 北京市\n")
        #expect(set.rules.first?.examples.map(\.text) == ["县长\n北京市"])
    }

    @Test func lexiconOperationsStripFilterAndSubtract() throws {
        let set = try compile("""
            lexicon places = "北京市" "红安县" "和平区" "市"
            lexicon short = @places | strip "市" "县" "区" | min 2 | minus "和平"
            rule a
              emit: Location
              pattern: @short
            """)
        let id = try #require(set.lexiconID("short"))
        #expect(set.lexiconEntries[Int(id)].map(\.text) == ["北京", "红安"])
    }

    @Test func anchorsComeFromThePatternOrItsContext() throws {
        let set = try compile("""
            rule in-pattern
              emit: Person
              pattern: han{1,2} @title
            rule from-after
              emit: Person
              pattern: han{2}
              after: @title
            rule from-before
              emit: Person
              pattern: han{2}
              before: @title
            rule nowhere
              emit: Person
              pattern: han{2}
            """)
        let modes = Dictionary(uniqueKeysWithValues: set.rules.map { ($0.id, $0.anchorMode) })
        #expect(modes["in-pattern"] == .inPattern)
        #expect(modes["from-after"] == .endsBefore)
        #expect(modes["from-before"] == .startsAfter)
        #expect(set.rules.first { $0.id == "nowhere" }?.anchor == .everywhere)
    }
}
