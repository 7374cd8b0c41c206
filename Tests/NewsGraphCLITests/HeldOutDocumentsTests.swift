import Foundation
import NewsGraph
import NewsGraphEval
import Testing

/// The project's own held-out documents (annotated per the annotation guidelines), scored with the
/// shipped rules: every row must stay at or above the set's `floor.txt`. `Tests/Documents` is the
/// main set; `Tests/Unseen` the documents written later by other hands and first scored unseen.
@Suite struct HeldOutDocumentsTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sets = ["Tests/Documents", "Tests/Unseen"]
    static let rules = repository.appendingPathComponent("Rules").path

    static func percent(_ x: Double) -> String { String(format: "%.3f", x) }

    @Test(arguments: sets) func everyRowStaysAboveTheFloor(_ set: String) throws {
        let documents = Self.repository.appendingPathComponent(set).path
        let report = try Evaluation(goldDirectory: documents).run { try Pipeline(rulesDirectory: Self.rules) }
        print("Held-out documents, \(set) (\(report.documents.count)):")
        print(report.table())
        #expect(report.documents.count >= 24)

        let floor = try Floor.load(path: (documents as NSString).appendingPathComponent("floor.txt"))
        // Every row of the report has a floor, so that a new row cannot go unwatched.
        #expect(Set(floor.entries.map(\.row)) == Set(EvalReport.Row.allCases))
        for entry in floor.entries {
            let actual = entry.metric.value(report[entry.row])
            #expect(
                actual + 1e-9 >= entry.minimum,
                "\(entry.row.rawValue) \(entry.metric.rawValue) \(Self.percent(actual)) is below the floor \(Self.percent(entry.minimum))"
            )
        }
        #expect(floor.violations(in: report).isEmpty)
    }

    /// Each gold file has its text beside it, and every name a relation or an author uses is listed
    /// among the entities of its type (a gold file that contradicts itself scores nobody fairly),
    /// but for an event's place written inside an organization's name.
    @Test(arguments: sets) func goldFilesAreConsistent(_ set: String) throws {
        let documents = Self.repository.appendingPathComponent(set).path
        let golds = try GoldDocument.loadDirectory(path: documents)
        #expect(golds.count >= 24)
        for gold in golds {
            let text = (documents as NSString).appendingPathComponent(gold.doc)
            #expect(FileManager.default.fileExists(atPath: text), "\(gold.doc) is missing")
            var known: [EntityType: Set<String>] = [:]
            for type in EntityType.allCases { known[type] = Set(gold.entities(type).flatMap(\.names)) }
            func check(_ type: EntityType, _ name: String, _ use: String) {
                #expect(name.isEmpty || known[type]!.contains(name), "\(gold.doc): \(use) \"\(name)\" is not a listed \(type.rawValue)")
            }
            for h in gold.holds {
                check(.person, h.person, "holds person")
                check(.title, h.title, "holds title")
                check(.organization, h.org, "holds org")
            }
            for e in gold.events {
                e.attendees.forEach { check(.person, $0, "attendee of \(e.label)") }
                e.organizers.forEach { check(.organization, $0, "organizer of \(e.label)") }
                // As in the dev gold, an event's place may be written only inside its organizer's
                // name (`峪口镇` of `平谷区峪口镇总工会`), and then is no Location entity.
                for place in e.locations where !known[.organization]!.contains(where: { $0.contains(place) }) {
                    check(.location, place, "location of \(e.label)")
                }
            }
            for a in gold.articles { a.authors.forEach { check(.person, $0.person, "author") } }
            #expect(!gold.articles.isEmpty, "\(gold.doc) has no article")
        }
    }
}
