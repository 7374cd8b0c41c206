import ArgumentParser
import Foundation
import NewsGraphGraphML

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check GraphML files for what importers need (no schema).",
        discussion: """
            Checks that each file is well-formed XML (no forbidden characters), every <key> is \
            declared once with a known attr.type, node and edge ids are unique, every edge end \
            is a declared node, and every <data> names a declared key and holds a value of its \
            type (int, long, float, double, boolean). Problems are printed as FILE:LINE: message.
            Exit status: 0 all files fine, 1 some file has problems, 2 usage error.

            Examples:
              newsgraph validate Output/graph.graphml
              newsgraph validate Output/*.graphml
            """)

    @Argument(help: ArgumentHelp("GraphML files.", valueName: "file"))
    var files: [String]

    func run() throws {
        var bad = 0
        var err = StandardError()
        for file in files {
            let problems = GraphMLValidator.validate(path: file)
            if problems.isEmpty {
                print("\(file): ok")
            } else {
                bad += 1
                for p in problems { print(p, to: &err) }
            }
        }
        if bad > 0 {
            print("\(bad) of \(files.count) file(s) with problems", to: &err)
            throw ExitCode(1)
        }
    }
}
