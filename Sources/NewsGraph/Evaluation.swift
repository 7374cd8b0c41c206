import Foundation
import NewsGraphCore
import NewsGraphEval
import NewsGraphIngest
import NewsGraphJSONLD

/// Scores the project's graphs against a directory of `NAME.gold.json` files:
/// either by running the pipeline on each `NAME.txt` beside them, or by
/// reading `NAME.jsonld` files a run wrote (`systemDirectory`).
public struct Evaluation {
    public var goldDirectory: String
    public var systemDirectory: String?

    public init(goldDirectory: String, systemDirectory: String? = nil) {
        self.goldDirectory = goldDirectory
        self.systemDirectory = systemDirectory
    }

    public func run(pipeline: () throws -> Pipeline) throws -> EvalReport {
        let golds = try GoldDocument.loadDirectory(path: goldDirectory)
        guard !golds.isEmpty else { throw NewsGraphError(file: goldDirectory, message: "no *.gold.json files") }
        var pairs: [(gold: GoldDocument, system: SystemDocument)] = []
        let pipe = systemDirectory == nil ? try pipeline() : nil
        for gold in golds {
            let name = gold.documentName
            let graph: Graph
            if let systemDirectory {
                graph = try JSONLDReader.read(path: (systemDirectory as NSString).appendingPathComponent(name + ".jsonld"))
            } else {
                let path = (goldDirectory as NSString).appendingPathComponent(gold.doc)
                graph = pipe!.process(try DocumentLoader.load(InputItem(path: path, name: name))).graph
            }
            pairs.append((gold, SystemDocument(graph: graph, document: name)))
        }
        return Scorer().score(pairs)
    }
}
