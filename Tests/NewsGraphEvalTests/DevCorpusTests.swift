import Foundation
import NewsGraphCore
import NewsGraphEval
import Testing

/// Every gold file of the shared dev corpus, scored against a graph built from itself.
@Suite struct DevCorpusTests {
    static let directory = "/work/shared/corpus/dev"
    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test(.enabled(if: DevCorpusTests.available, "no dev corpus at /work/shared/corpus/dev"))
    func everyGoldFileScoresOneAgainstItself() throws {
        let golds = try GoldDocument.loadDirectory(path: Self.directory)
        #expect(!golds.isEmpty)
        var merged = Graph()
        for gold in golds {
            let graph = Graph(gold: gold)
            merged.merge(graph)
            let r = Scorer().score(gold: gold, system: SystemDocument(graph: graph, document: gold.documentName))
            // Names a relation uses but the entity lists lack become system entities the gold does not
            // list: false positives of their entity row, and nothing else.
            let dangling = gold.danglingNames
            for row in EvalReport.Row.allCases {
                let c = r[row]
                let expectedFP = dangling.filter { $0.hasPrefix(row.rawValue + ":") }.count
                #expect(c.fn == 0 && c.fragments == 0 && c.fp == expectedFP, "\(gold.doc) \(row.rawValue): \(c)")
                if expectedFP == 0 { #expect(c.f1 == 1, "\(gold.doc) \(row.rawValue)") }
            }
            if !dangling.isEmpty { print("note: \(gold.doc) uses names missing from its entity lists: \(dangling.sorted())") }
        }
        // All documents in one graph: each document's view must give the same scores.
        let together = Scorer().score(gold: golds, graph: merged)
        let separately = Scorer().score(golds.map { ($0, SystemDocument(graph: Graph(gold: $0), document: $0.documentName)) })
        for row in EvalReport.Row.allCases {
            #expect(together[row] == separately[row], "\(row.rawValue): \(together[row]) vs \(separately[row])")
        }
    }
}
