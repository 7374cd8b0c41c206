import Foundation
import NewsGraph
import NewsGraphCore
import NewsGraphIngest
import Testing

/// A biography's or an obituary's career list: the posts after 历任, 曾任 or 先后任 are held by the
/// person the paragraph is about, each at the body written before it in its chain.
@Suite struct CareerPostsTests {
    static func holds(_ text: String) throws -> [String] {
        let doc = try DocumentLoader.load(bytes: Array(text.utf8), name: "t", origin: "t")
        return EventOrganizerTests.pipeline.process(doc).extraction.holds.map { h in
            "\(h.person.text)|\(h.title.text)|\(h.organization?.text ?? "")"
        }
    }

    @Test func anObituarysCareerAfterAPronoun() throws {
        let text = "濮立涛同志1940年5月出生，湖南攸县人。他历任株洲市委副书记，攸县县长，株洲市委组织部干事、副科长，湖南省农业厅厅长等职。2005年退休。\n"
        let held = try Self.holds(text)
        #expect(held.contains("濮立涛|副书记|株洲市委"))
        #expect(held.contains("濮立涛|县长|"))
        #expect(held.contains("濮立涛|干事|株洲市委组织部"))
        #expect(held.contains("濮立涛|副科长|株洲市委组织部"))
        #expect(held.contains("濮立涛|厅长|湖南省农业厅"))
    }

    @Test func aBiographysPostsAfterADateAndTookThePost() throws {
        let text = "邝远航，男，1971年3月出生。曾任衡南县车江镇党委书记，2016年9月任衡南县交通运输局党组书记、局长。\n"
        let held = try Self.holds(text)
        #expect(held.contains("邝远航|局长|衡南县交通运输局"))
        #expect(held.contains("邝远航|党组书记|衡南县交通运输局"))
    }

    /// The list ends where something else is written: a post after it is not part of the career.
    @Test func theListEndsAtItsSentence() throws {
        let text = "柯望舒曾任株洲市委副书记。会上，株洲市委书记邝远航讲话。\n"
        let held = try Self.holds(text)
        #expect(held.contains("柯望舒|副书记|株洲市委"))
        #expect(!held.contains("柯望舒|书记|株洲市委"))
    }
}
