import Foundation
import Testing

@Suite struct ExitStatusTests {
    @Test func usageErrorsExitWithTwo() throws {
        let r = try CommandRunner.run(["extract", "x.txt", "--format", "pdf"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown format 'pdf'"))
    }

    @Test func helpShowsExamples() throws {
        let r = try CommandRunner.run(["extract", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Examples:"))
    }
}
