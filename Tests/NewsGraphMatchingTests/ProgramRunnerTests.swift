import Testing
@testable import NewsGraphMatching

@Suite struct ProgramRunnerTests {
    /// `han{1,2}` over a text: char test 0 accepts CJK.
    let han = CharTest(ranges: [0x4E00...0x9FFF], excludedScalars: [], excludedSlots: [])

    func program(_ i: [Program.Instruction]) -> Program { Program(instructions: i) }

    @Test func forwardRunReportsEveryAcceptingEndFarthestFirst() {
        let input = MatchInput(text: Array("张良带队".unicodeScalars), charTests: [han], hits: [], classCount: 1, exclusionClasses: [])
        // char; split(+1 char, match); char; match
        let p = program([.char(0), .split(2, 3), .char(0), .match])
        var runner = ProgramRunner()
        #expect(runner.run(p, on: input, from: 0, forward: true) == [2, 1])
        #expect(runner.run(p, on: input, from: 3, forward: true) == [4])
    }

    @Test func backwardRunReadsLeftward() {
        let input = MatchInput(text: Array("副主席张良".unicodeScalars), charTests: [han], hits: [], classCount: 1, exclusionClasses: [])
        let p = program([.char(0), .char(0), .match])
        var runner = ProgramRunner()
        #expect(runner.run(p, on: input, from: 5, forward: false) == [3])
    }

    @Test func annotationsBlockCharactersButCanBeConsumedWhole() {
        var input = MatchInput(text: Array("副主席张良".unicodeScalars), charTests: [han], hits: [], classCount: 1, exclusionClasses: [])
        input.setAnnotations([MatchInput.Span(start: 0, end: 3, tag: 7)], kindCount: 8)
        var runner = ProgramRunner()
        #expect(runner.run(program([.char(0), .match]), on: input, from: 2, forward: true).isEmpty)
        #expect(runner.run(program([.annotation(1 << 7), .char(0), .match]), on: input, from: 0, forward: true) == [4])
    }

    @Test func lexiconHitsAndExclusions() {
        // Class 0: the hit 带队 at 2..<4; a char test excluding scalars inside class 0's hits.
        let noCue = CharTest(ranges: [0x4E00...0x9FFF], excludedScalars: [], excludedSlots: [0])
        let input = MatchInput(
            text: Array("张良带队".unicodeScalars), charTests: [noCue], hits: [MatchInput.Span(start: 2, end: 4, tag: 0)],
            classCount: 1, exclusionClasses: [0])
        var runner = ProgramRunner()
        let given = program([.char(0), .split(2, 3), .char(0), .match])
        #expect(runner.run(given, on: input, from: 1, forward: true) == [2])
        #expect(runner.run(program([.lexicon(0), .match]), on: input, from: 2, forward: true) == [4])
    }

    @Test func unboundedLoopsTerminate() {
        let input = MatchInput(text: Array(String(repeating: "字", count: 200).unicodeScalars), charTests: [han], hits: [], classCount: 1, exclusionClasses: [])
        // (char)* — split(1, 3); char; jump 0; match
        let p = program([.split(1, 3), .char(0), .jump(0), .match])
        var runner = ProgramRunner(window: 64)
        let ends = runner.run(p, on: input, from: 0, forward: true)
        #expect(ends.first == 64)  // the window bounds a match
        #expect(ends.count == 65)
    }

    /// `@a (@b | @c @b) <k>* @d`: a and d and b on every path; c on one branch only, and the
    /// annotation inside a loop that may run no time is needed by none.
    @Test func requirementsAreTheAtomsOnEveryPath() {
        // 0 lexicon a; 1 split(2, 4); 2 lexicon b; 3 jump 6; 4 lexicon c; 5 lexicon b;
        // 6 split(7, 9); 7 annotation; 8 jump 6; 9 lexicon d; 10 match
        let p = program([
            .lexicon(0), .split(2, 4), .lexicon(1), .jump(6), .lexicon(2), .lexicon(1),
            .split(7, 9), .annotation(1 << 3), .jump(6), .lexicon(3), .match,
        ])
        let r = p.requirements()
        #expect(r.lexicons == [0, 1, 3])
        #expect(r.annotationSets.isEmpty)
        // `<k>+`: at least one annotation of kind 3 or 5.
        #expect(program([.annotation(1 << 3 | 1 << 5), .split(0, 2), .match]).requirements().annotationSets == [1 << 3 | 1 << 5])
        // `^ | @a`: a start of line needs no hit.
        #expect(program([.split(1, 3), .lineStart, .jump(4), .lexicon(0), .match]).requirements().lexicons.isEmpty)
    }

    @Test func aTextWithoutARequiredHitOrAnnotationDoesNotMeetIt() {
        // Class 70 lies in the second word of the class bit set.
        var input = MatchInput(
            text: Array("以下简称".unicodeScalars), charTests: [han],
            hits: [MatchInput.Span(start: 0, end: 4, tag: 1), MatchInput.Span(start: 2, end: 4, tag: 70)],
            classCount: 80, exclusionClasses: [])
        var needs = Program.Requirements()
        needs.lexicons = [1, 70]
        #expect(input.meets(needs.mask))
        needs.lexicons = [0, 1]
        #expect(!input.meets(needs.mask))
        needs.lexicons = [1, 71]
        #expect(!input.meets(needs.mask))
        needs.lexicons = [1]
        needs.annotationSets = [1 << 2 | 1 << 4]
        #expect(!input.meets(needs.mask))
        input.setAnnotations([MatchInput.Span(start: 0, end: 2, tag: 4)], kindCount: 8)
        #expect(input.meets(needs.mask))
        input.setAnnotations([], kindCount: 8)
        #expect(!input.meets(needs.mask))
    }

    /// A context of one step per path (`punct | ^ | <Org> | @cue`) is decided without the
    /// runner's states: the answer is the runner's, at every offset, both ways, including a hit
    /// that is not free and an annotation longer than the window.
    @Test func oneStepContextsAnswerAsTheRunnerDoes() {
        var input = MatchInput(
            text: Array("会上，张良\n说明市总工会工作".unicodeScalars), charTests: [han],
            hits: [MatchInput.Span(start: 3, end: 5, tag: 0), MatchInput.Span(start: 6, end: 8, tag: 1)], classCount: 2, exclusionClasses: [])
        input.setAnnotations([MatchInput.Span(start: 7, end: 12, tag: 2), MatchInput.Span(start: 0, end: 2, tag: 3)], kindCount: 4)
        // lexicon 0 | lineStart | annotation 2 | char | lexicon 1 (its hit overlaps an annotation: not free)
        let alternatives = program([
            .split(1, 3), .lexicon(0), .jump(11), .split(4, 6), .lineStart, .jump(11), .split(7, 9), .annotation(1 << 2), .jump(11),
            .split(10, 12), .char(0), .match, .lexicon(1), .jump(11),
        ])
        #expect(alternatives.oneStep != nil)
        #expect(program([.char(0), .char(0), .match]).oneStep == nil)
        var narrow = ProgramRunner(window: 4)
        var wide = ProgramRunner(window: 64)
        #expect(input.text.count == 14)
        for runner in [narrow, wide] {
            var r = runner
            for pos in 0...input.text.count {
                for forward in [true, false] {
                    var ends: [Int] = []
                    r.run(alternatives, on: input, from: pos, forward: forward, into: &ends)
                    // The general walk, which the one-step answers skip.
                    var walked: [Int] = []
                    r.run(alternatives, on: input, from: pos, forward: forward, firstOnly: false, into: &walked)
                    let farthestFirst: [Int] = forward ? Set(walked).sorted(by: >) : Set(walked).sorted()
                    #expect(ends == farthestFirst, "offset \(pos), forward \(forward), window \(r.window)")
                    let accepted = r.accepts(alternatives, on: input, from: pos, forward: forward)
                    #expect(accepted == !walked.isEmpty, "offset \(pos), forward \(forward), window \(r.window)")
                }
            }
        }
        // The annotation of five scalars is out of a window of four.
        let long = program([.annotation(1 << 2), .match])
        let inNarrow = narrow.accepts(long, on: input, from: 7, forward: true)
        let inWide = wide.accepts(long, on: input, from: 7, forward: true)
        #expect(!inNarrow)
        #expect(inWide)
    }
}
