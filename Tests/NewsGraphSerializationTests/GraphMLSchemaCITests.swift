import Foundation
import NewsGraph
import NewsGraphGraphML
import Testing

/// The GraphML the project ships, checked against the offline GraphML schema in
/// `../shared/schemas/graphml` (not copied here). `ReaderAgreementTests` reads it back.
///
/// Skipped when `../shared` or xmllint is missing, unless `CI=true`.
@Suite struct GraphMLSchemaCITests {
    static let validate = URL(fileURLWithPath: Interop.repoRoot + "/../shared/schemas/graphml/validate.sh")
        .standardizedFileURL.path
    static var sharedPresent: Bool { FileManager.default.isExecutableFile(atPath: validate) }
    static var enabled: Bool {
        Interop.isCI || (sharedPresent && Interop.missing(tools: ["xmllint"]).isEmpty)
    }

    /// Records a failure (under CI) when something is missing.
    static func require() -> Bool {
        if !sharedPresent {
            Issue.record("CI=true and \(validate) is missing (the shared checkout beside the repository)")
            return false
        }
        return Interop.require(tools: ["xmllint"])
    }

    @Test(
        .enabled(
            if: enabled,
            "skipped: ../shared/schemas/graphml or xmllint not found (CI=true makes this a failure)"))
    func committedOutputValidatesAgainstTheSchema() throws {
        guard Self.require() else { return }
        let out = Interop.repoRoot + "/Output"
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".graphml") }.sorted()
        #expect(!files.isEmpty)
        let r = try Interop.run(["bash", Self.validate] + files.map { out + "/" + $0 })
        #expect(r.status == 0, "\(r.output)")
    }
}
