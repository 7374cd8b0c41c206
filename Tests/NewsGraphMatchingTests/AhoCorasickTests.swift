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
}
