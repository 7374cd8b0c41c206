import Foundation
import NewsGraph
import NewsGraphFragment
import Testing

@Suite struct FragmentAndQueueTests {
    @Test func fragmentsRoundTripEveryValueType() throws {
        var graph = Graph()
        let p = Provenance(document: "d", span: TextSpan(0, 2), sourceSpan: TextSpan(1, 3), text: "张良\n\"引号\"", rule: "r@zh/x.rules:1")
        let q = Provenance(document: "other", span: TextSpan(5, 7), sourceSpan: TextSpan(5, 7), text: "王伟", rule: "r2")
        graph.add(
            Node(
                id: NodeID(rawValue: "person:张良"), kind: .person, name: "张良", aliases: ["小张"],
                properties: ["n": .int(3), "x": .double(1.0), "ok": .bool(true), "list": .strings(["a", "b"]), "s": .string("文")],
                provenance: [p, q]))
        graph.add(Node(id: NodeID(rawValue: "org:某局"), kind: .organization, name: "某局", provenance: [p]))
        graph.add(
            Edge(
                kind: .holds, source: NodeID(rawValue: "person:张良"), target: NodeID(rawValue: "org:某局"), qualifier: "局长",
                properties: ["title": .string("局长")], provenance: [p]))
        let fragment = GraphFragment(seq: 7, document: "d", origin: "f.jsonl:8", contentHash: "00ff", metadata: ["date": "2024-01-01"], graph: graph)
        let line = FragmentWriter.line(fragment)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
        let back = try FragmentReader.parse(line.dropLast()[...], file: "f", line: 1)
        #expect(back.seq == 7 && back.document == "d" && back.origin == "f.jsonl:8" && back.metadata == ["date": "2024-01-01"])
        #expect(back.graph.nodes == graph.nodes)
        #expect(back.graph.edges == graph.edges)
        #expect(FragmentWriter.line(back) == line)
        #expect(throws: NewsGraphError.self) { try FragmentReader.parse(Array("{\"fragment\": 2}".utf8)[...], file: "f", line: 3) }
    }

    @Test func orderedQueueKeepsInputOrderWithABoundedWindow() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var inFlight = 0
            var peak = 0
            func change(_ d: Int) {
                lock.lock()
                inFlight += d
                peak = max(peak, inFlight)
                lock.unlock()
            }
        }
        let counter = Counter()
        let queue = OrderedWorkQueue<Int, Int>(workers: 3, window: 5) { n in
            usleep(UInt32((n * 7919) % 5) * 1000)
            return n * n
        }
        var next = 0
        var out: [Int] = []
        queue.run(
            produce: {
                guard next < 200 else { return nil }
                counter.change(1)
                next += 1
                return next - 1
            },
            consume: {
                counter.change(-1)
                out.append($0)
            })
        #expect(out == (0..<200).map { $0 * $0 })
        #expect(counter.peak <= 5)
    }
}
