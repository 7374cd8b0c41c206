import Foundation
import Testing

@Suite struct RenderCommandTests {
    static var hasDot: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/dot")
        }
    }

    @Test(.enabled(if: hasDot || ProcessInfo.processInfo.environment["CI"] == "true", "skipped: graphviz dot not found"))
    func rendersTheSampleGraphToSVG() throws {
        let dir = try ScratchDirectory()
        let r = try CommandRunner.run(["render", "Output/graph.dot", "--format", "svg", "--output", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: dir.path("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("韩立群"))
        #expect(svg.contains("cluster_article:"))
    }

    @Test(.enabled(if: hasDot || ProcessInfo.processInfo.environment["CI"] == "true", "skipped: graphviz dot not found"))
    func focusAndPruneWholeDirectory() throws {
        let dir = try ScratchDirectory()
        let r = try CommandRunner.run(
            ["render", "Output", "--format", "png", "--max-nodes", "10", "--focus", "韩立群", "--depth", "2", "--output", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("graph.png")))
        #expect(FileManager.default.fileExists(atPath: dir.path("shunyi-weekly.png")))
        let bad = try CommandRunner.run(["render", "Output/graph.dot", "--focus", "无此人", "--output", dir.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("no node named '无此人'"))
    }

    @Test func missingDotIsNamedWithHowToInstall() throws {
        let r = try CommandRunner.run(["render", "Output/graph.dot"], environment: ["PATH": "/nonexistent"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("`dot` was not found"))
        #expect(r.stderr.contains("apt-get install graphviz"))
    }

    @Test func usageErrors() throws {
        #expect(try CommandRunner.run(["render", "Output", "--format", "pdf"]).status == 2)
        #expect(try CommandRunner.run(["render", "Output", "--max-nodes", "0"]).status == 2)
        #expect(try CommandRunner.run(["render", "Output", "--depth", "2"]).status == 2)
    }
}
