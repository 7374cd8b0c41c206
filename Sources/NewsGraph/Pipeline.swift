import Foundation
import NewsGraphAssembly
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphIngest
import NewsGraphLayout
import NewsGraphResolution
import NewsGraphRules

/// The stages in order, for one document at a time:
/// ingest → layout → extraction (compiled rules) → resolution → assembly.
public struct Pipeline: Sendable {
    public let layout: PageLayout
    public let extractor: Extractor
    public let resolver: AliasResolver
    public let assembler: GraphAssembler

    /// Loads the layout word lists and compiles the rules of `rulesDirectory`.
    public init(rulesDirectory: String) throws {
        let lexicon = try LayoutLexicon.load(rulesDirectory: rulesDirectory)
        let rules = try RuleCompiler(directory: rulesDirectory).compile()
        let lexicons = (rulesDirectory as NSString).appendingPathComponent("lexicons")
        let groups = try NameGroups.load(path: (lexicons as NSString).appendingPathComponent("name-groups.txt"))
        let shortForms = try NameGroups.load(path: (lexicons as NSString).appendingPathComponent("body-short-forms.txt"))
        self.init(layout: PageLayout(lexicon: lexicon), rules: rules, groups: groups, bodyShortForms: shortForms)
    }

    public init(layout: PageLayout, rules: RuleSet, groups: NameGroups = NameGroups(), bodyShortForms: NameGroups = NameGroups()) {
        self.layout = layout
        extractor = Extractor(rules: rules)
        resolver = AliasResolver(groups: groups, bodyShortForms: bodyShortForms)
        assembler = GraphAssembler(ruleSources: rules.ruleSources)
    }

    /// Everything one document gives, stage by stage.
    public struct Result: Sendable {
        public var page: Page
        public var extraction: Extraction
        public var names: ResolvedNames
        public var graph: Graph
    }

    public func process(_ document: Document) -> Result {
        let page = layout.layout(document)
        let extraction = extractor.extract(page)
        let names = resolver.resolve(extraction, page: page)
        return Result(page: page, extraction: extraction, names: names, graph: assembler.assemble(page, extraction, names))
    }
}
