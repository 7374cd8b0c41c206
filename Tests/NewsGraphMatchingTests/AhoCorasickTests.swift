import Foundation
import Testing
@testable import NewsGraphMatching

/// Runs the cases of `Cases/aho-corasick.json`: text, lexicon, expected (keyword, start, end).
@Suite struct AhoCorasickTests {
    struct Case: Decodable {
        let text: String
        let lexicon: [String]
        let expected: [[Value]]
        let explanation: String
    }

    enum Value: Decodable {
        case string(String), int(Int)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let i = try? c.decode(Int.self) { self = .int(i) } else { self = .string(try c.decode(String.self)) }
        }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases/aho-corasick.json")
        return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }()

    @Test(arguments: cases.indices)
    func scanFindsEveryOccurrence(_ index: Int) {
        let c = Self.cases[index]
        let automaton = AhoCorasick(keywords: c.lexicon.map { Array($0.unicodeScalars) })
        let found = automaton.matches(in: Array(c.text.unicodeScalars)).map { "\(c.lexicon[Int($0.id)])@\($0.start)-\($0.end)" }
        let expected = c.expected.map { row -> String in
            guard case .string(let k) = row[0], case .int(let s) = row[1], case .int(let e) = row[2] else { return "?" }
            return "\(k)@\(s)-\(e)"
        }
        #expect(Set(found) == Set(expected), "\(c.explanation)")
        #expect(found.count == expected.count)
    }

    /// Every occurrence by brute force, as "id@start-end".
    static func naive(_ keywords: [[Unicode.Scalar]], _ text: [Unicode.Scalar]) -> Set<String> {
        var out: Set<String> = []
        for (id, k) in keywords.enumerated() where !k.isEmpty && k.count <= text.count {
            for start in 0...(text.count - k.count) where Array(text[start..<(start + k.count)]) == k {
                out.insert("\(id)@\(start)-\(start + k.count)")
            }
        }
        return out
    }

    /// Both symbol tables: a small keyword set (dictionary only) and one of more than 4,096
    /// scalars in all (the dense BMP table), with scalars outside the BMP, shared prefixes and
    /// suffixes, and keywords repeated (each reported, in order of id).
    @Test(arguments: [(20, 300), (400, 2000)])
    func scanAgreesWithBruteForce(_ alphabet: Int, _ keywordCount: Int) {
        var rng = SplitMix64(seed: UInt64(alphabet))
        let scalars = (0..<alphabet).map { Unicode.Scalar(0x4E00 + UInt32($0))! } + [Unicode.Scalar(0x20000)!, Unicode.Scalar(0x41)!]
        let keywords = (0..<keywordCount).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in scalars.randomElement(using: &rng)! } }
        let text = (0..<2000).map { _ in scalars.randomElement(using: &rng)! }
        let automaton = AhoCorasick(keywords: keywords)
        let found = automaton.matches(in: text)
        #expect(Set(found.map { "\($0.id)@\($0.start)-\($0.end)" }) == Self.naive(keywords, text))
        #expect(found.map(\.end) == found.map(\.end).sorted())
        for (a, b) in zip(found, found.dropFirst()) where a.start == b.start && a.end == b.end {
            #expect(a.id < b.id)
        }
    }

    /// The tagged scan reports what the scan reports, each keyword once per tag, in the same
    /// order: keywords with no tag, several tags, a shared text and shared suffixes included.
    @Test(arguments: [(20, 300), (400, 2000)])
    func taggedScanReportsEveryKeywordsTags(_ alphabet: Int, _ keywordCount: Int) {
        var rng = SplitMix64(seed: UInt64(alphabet) &+ 7)
        let scalars = (0..<alphabet).map { Unicode.Scalar(0x4E00 + UInt32($0))! } + [Unicode.Scalar(0x20000)!]
        let keywords = (0..<keywordCount).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in scalars.randomElement(using: &rng)! } }
        let tags = keywords.indices.map { _ in (0..<Int.random(in: 0...3, using: &rng)).map { _ in Int32.random(in: 0..<50, using: &rng) } }
        let text = (0..<2000).map { _ in scalars.randomElement(using: &rng)! }
        let automaton = AhoCorasick(keywords: keywords)
        let expected = automaton.matches(in: text).flatMap { m in tags[Int(m.id)].map { MatchInput.Span(start: m.start, end: m.end, tag: $0) } }
        #expect(!expected.isEmpty)
        #expect(TaggedScanner(automaton, tags: tags).spans(in: text) == expected)
    }
}

/// A seeded generator, so that a failing case fails again.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
