import NewsGraphExtraction
import Testing

/// Which titles write a body of their own (annotation-guidelines §5): such a post is not the
/// party committee's, congress's or CPPCC's written before it, unless the body is one of the
/// committee's departments.
@Suite struct OwnBodyTitlesTests {
    let titles = OwnBodyTitles()

    @Test func aBodyWrittenBeforeItsHeadIsAnotherBody() {
        for t in ["外交部长", "教育局长", "副教育局长", "教育局副局长", "财政厅长", "书记处书记", "中央书记处书记", "国务委员", "村主任"] {
            #expect(titles.namesAnotherBody(t), "\(t)")
        }
    }

    @Test func aHeadAloneOrAPartyDepartmentIsNot() {
        for t in ["局长", "副局长", "常务副局长", "部长", "副部长", "组织部部长", "宣传部长", "统战部副部长", "书记", "副主任"] {
            #expect(!titles.namesAnotherBody(t), "\(t)")
        }
    }

    @Test func partyCommitteesCongressesAndCPPCCsArePolitical() {
        for o in ["县委", "中共中央政治局", "中共中央书记处", "县人大常委会", "市政协", "省纪委", "云岭村党支部", "石门村党总支"] { #expect(titles.isPolitical(o), "\(o)") }
        for o in ["北京市总工会", "市教育局", "县人民政府", "集团公司"] { #expect(!titles.isPolitical(o), "\(o)") }
    }
}
