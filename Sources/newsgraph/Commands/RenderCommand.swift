import ArgumentParser
import Foundation
import NewsGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw DOT graphs as SVG or PNG with Graphviz, one cluster per article.",
        discussion: """
            Renders FILE.dot (or every *.dot of a directory) to FILE.svg / FILE.png beside it, \
            or in --output DIR. --max-nodes N keeps the N nodes of highest degree; --focus NAME \
            keeps the nodes within --depth hops of the node named NAME (a name, an alias or an \
            id such as person:张明远). Needs Graphviz's `dot` on PATH and a CJK font \
            (Debian: apt-get install graphviz fonts-noto-cjk).
            Exit status: 0 all rendered, 1 something failed (no dot, a bad file), 2 usage error.

            Examples:
              newsgraph render Output/graph.dot --format svg
              newsgraph render Output --format png --max-nodes 40 --output /tmp/pictures
              newsgraph render Output/graph.dot --format svg --focus 韩立群 --depth 2
            """)

    @Argument(help: ArgumentHelp("A .dot file or a directory of them.", valueName: "dir-or-dot"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("svg or png.", valueName: "svg|png"))
    var format: GraphRenderer.Format = .svg

    @Option(name: .long, help: ArgumentHelp("Keep only the N highest-degree nodes.", valueName: "n"))
    var maxNodes: Int?

    @Option(name: .long, help: ArgumentHelp("Draw only the neighbourhood of this node (name, alias or id).", valueName: "name"))
    var focus: String?

    @Option(name: .long, help: ArgumentHelp("Hops around --focus.", valueName: "d"))
    var depth = 1

    @Option(name: [.short, .long], help: ArgumentHelp("Write the pictures here (default: beside each .dot).", valueName: "dir"))
    var output: String?

    func validate() throws {
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if focus == nil && depth != 1 { throw ValidationError("--depth needs --focus") }
    }

    func run() throws {
        var err = StandardError()
        guard let dot = GraphRenderer.locateDot() else {
            print("newsgraph render: \(GraphRenderer.missingDotMessage)", to: &err)
            throw ExitCode(1)
        }
        let renderer = GraphRenderer(format: format, maxNodes: maxNodes, focus: focus, depth: depth, dot: dot)
        let files: [String]
        do { files = try GraphRenderer.inputs(input) } catch {
            print("\(error)", to: &err)
            throw ExitCode(1)
        }
        if let output { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
        var failed = 0
        for file in files {
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension + "." + format.rawValue
            let target = ((output ?? (file as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(base)
            do {
                try renderer.render(file, to: target)
                print(target)
            } catch {
                failed += 1
                print("\(error)", to: &err)
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

extension GraphRenderer.Format: ExpressibleByArgument {}
