import Foundation
import Testing
@testable import NewsGraphExtraction
@testable import NewsGraphRules
import NewsGraphCore

@Suite struct RuleEngineTests {
    func engine(_ rules: String) throws -> RuleEngine {
        RuleEngine(rules: try RuleCompiler(directory: NSTemporaryDirectory()).compile(files: [("t.rules", rules)]))
    }

    func annotate(_ e: RuleEngine, _ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return e.annotate(scalars).map { "\($0.kind) \(ScalarText(scalars).string($0.span))" }
    }

    let base = """
        class han = U+4E00..U+9FFF
        lexicon surname = "张" "席"
        lexicon title = "主席" "副主席"
        lexicon cue = "带队"
        phase 10 titles

        """

    /// A lexicon that only builds another (`@single` in `@surname-any`) gives no hits of its own:
    /// no program reads them. The rules read the same.
    @Test func hitsAreKeptOnlyForTheClassesRulesRead() throws {
        let e = try engine(base + """
            lexicon single = "王"
            lexicon surname-any = @single @surname
            rule p
              emit: Person
              pattern: @surname-any han{1,2}
              after: @cue
            """)
        let single = try #require(e.rules.lexiconID("single"))
        let any = try #require(e.rules.lexiconID("surname-any"))
        let tags = Set(e.lexiconHits(Array("王明带队".unicodeScalars)).map(\.tag))
        #expect(tags.contains(any))
        #expect(!tags.contains(single))
        #expect(annotate(e, "王明带队") == ["Person 王明"])
    }

    @Test func laterPhasesCannotUseCharactersAnEarlierPhaseLabelled() throws {
        let e = try engine(base + """
            rule t
              emit: Title
              pattern: @title
            phase 20 names
            rule p
              emit: Person
              pattern: @surname han{1,2}
              after: @cue
            """)
        // 席 of 副主席 is a surname, but the title owns it.
        #expect(annotate(e, "副主席张良带队") == ["Title 副主席", "Person 张良"])
    }

    @Test func overlapPolicyPrefersPriorityThenLength() throws {
        let e = try engine(base + """
            rule short
              emit: Title
              priority: 1
              pattern: "主席"
            rule long
              emit: Title
              priority: 1
              pattern: "副主席"
            rule low
              emit: Person
              priority: 0
              pattern: "副主席张"
            """)
        #expect(annotate(e, "副主席张") == ["Title 副主席"])
    }

    @Test func aLaterMatchConsumesTheAnnotationsInsideIt() throws {
        let e = try engine(base + """
            rule t
              emit: Location
              pattern: "北京市"
            phase 20 names
            rule o
              emit: Organization
              pattern: <Location> "总工会"
            """)
        let scalars = Array("北京市总工会".unicodeScalars)
        let result = e.annotate(scalars)
        #expect(result.map(\.kind) == ["Organization"])
        #expect(result.first?.children.map(\.kind) == ["Location"])
    }

    @Test func traceTellsWhyANameWasNotTaken() throws {
        let e = try engine(base + """
            phase 20 names
            rule p
              emit: Person
              pattern: @surname han{1,2}
              after: @cue
            """)
        let scalars = Array("张良说话".unicodeScalars)
        let (_, trace) = e.trace(scalars, focus: TextSpan(0, 2))
        #expect(trace.contains { $0.rule == "p" && $0.fate == .contextFailed("`after:`/`not-after:` rejects every end") })
    }
}
