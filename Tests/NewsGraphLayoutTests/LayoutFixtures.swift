import Foundation
import NewsGraphCore
import NewsGraphIngest
@testable import NewsGraphLayout

/// Shared helpers: the package's rules, and laying out an inline page.
enum LayoutFixtures {
    static let rulesDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules").path

    static let lexicon: LayoutLexicon = {
        do { return try LayoutLexicon.load(rulesDirectory: rulesDirectory) } catch {
            fatalError("cannot load layout rules: \(error)")
        }
    }()

    static let layout = PageLayout(lexicon: lexicon)

    static func page(_ text: String, name: String = "test") -> Page {
        layout.layout(DocumentLoader.load(string: text, name: name))
    }

    static func headlines(_ page: Page) -> [String?] {
        page.articles.map { a in a.headline.map { page.text.string($0) } }
    }

    static func authors(_ page: Page, _ article: Int) -> [String] {
        page.articles[article].authors.map { "\($0.name)/\($0.role?.rawValue ?? "-")" }
    }
}
