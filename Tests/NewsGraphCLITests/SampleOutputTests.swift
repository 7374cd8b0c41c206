import Foundation
import Testing

/// `Output/` is the committed result of the sample run; it must match what the code writes now.
@Suite struct SampleOutputTests {
    static let regenerate = "swift run newsgraph extract Samples --output Output (or scripts/run-sample.sh)"

    @Test func committedOutputIsWhatTheSampleRunWritesNow() throws {
        let scratch = try ScratchDirectory()
        let r = try CommandRunner.run(["extract", "Samples", "--output", scratch.path])
        #expect(r.status == 0, "extract Samples failed: \(r.stderr)")
        let differences = try SampleFiles.differences(SampleFiles.output.path, scratch.path)
        #expect(
            differences.isEmpty,
            "Output/ is stale (\(differences.joined(separator: ", "))); regenerate it with: \(Self.regenerate)")
    }
}
