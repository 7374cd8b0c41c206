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
}
