import Foundation
import NewsGraphCore
import NewsGraphDOT

/// Renders DOT files to SVG or PNG with Graphviz's `dot`: each graph, or its
/// `maxNodes` highest-degree nodes, or the `depth`-hop neighbourhood of a named
/// node, drawn with one cluster per article (`DOTGraph.clusteredDOT`).
public struct GraphRenderer {
    public enum Format: String, CaseIterable, Sendable {
        case svg, png
    }

    public var format: Format
    public var maxNodes: Int?
    public var focus: String?
    public var depth: Int
    /// Where `dot` is; `GraphRenderer.locateDot()` by default.
    public var dot: String

    public init(format: Format, maxNodes: Int? = nil, focus: String? = nil, depth: Int = 1, dot: String) {
        self.format = format
        self.maxNodes = maxNodes
        self.focus = focus
        self.depth = depth
        self.dot = dot
    }

    public static let missingDotMessage =
        "Graphviz's `dot` was not found on PATH; install Graphviz (Debian/Ubuntu: apt-get install graphviz fonts-noto-cjk; macOS: brew install graphviz) or put `dot` on PATH"

    /// The first executable `dot` on `PATH`, or nil.
    public static func locateDot(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for dir in (path ?? "").split(separator: ":") {
            let candidate = "\(dir)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The `.dot` files to render: `input` itself, or those in the directory `input` (sorted, not recursive).
    public static func inputs(_ input: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
            throw NewsGraphError(file: input, message: "no such file or directory")
        }
        guard isDir.boolValue else { return [input] }
        let files = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".dot") }.sorted()
        if files.isEmpty { throw NewsGraphError(file: input, message: "no .dot files in this directory") }
        return files.map { (input as NSString).appendingPathComponent($0) }
    }

    /// The DOT text to hand to `dot` for `text`: pruned or focused, clustered by article.
    public func prepare(_ text: String, file: String) throws -> String {
        var g: DOTGraph
        do { g = try DOTGraph.parse(text) } catch let e as DOTGraph.ParseError {
            throw NewsGraphError(file: file, line: e.line, message: e.message)
        }
        if let focus {
            guard let f = g.focused(on: focus, depth: depth) else {
                throw NewsGraphError(file: file, message: "no node named '\(focus)' (name, alias or id)")
            }
            g = f
        }
        if let maxNodes { g = g.pruned(maxNodes: maxNodes) }
        return g.clusteredDOT()
    }

    /// Renders `file` to `output`; throws with `dot`'s messages when it fails.
    public func render(_ file: String, to output: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw NewsGraphError(file: file, message: "cannot read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(file: file, message: "not UTF-8")
        }
        let prepared = try prepare(text, file: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: dot)
        p.arguments = ["-T" + format.rawValue, "-o", output]
        let input = Pipe(), err = Pipe()
        p.standardInput = input
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw NewsGraphError(file: dot, message: "cannot run: \(error.localizedDescription)")
        }
        input.fileHandleForWriting.write(Data(prepared.utf8))
        try? input.fileHandleForWriting.close()
        let messages = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            throw NewsGraphError(
                file: file,
                message: "dot -T\(format.rawValue) exited \(p.terminationStatus): \(String(decoding: messages, as: UTF8.self))")
        }
    }
}
