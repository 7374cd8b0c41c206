import NewsGraphCore
import NewsGraphIngest

/// The layout stage's entry point: a normalized document in, a `Page` out.
///
/// Repairs broken lines (`LineJoiner`), then splits the repaired text into
/// banner and articles (`ArticleSegmenter`). The page's offsets map the repaired
/// text to the original file, so later stages cite the file's own offsets.
public struct PageLayout: Sendable {
    let joiner: LineJoiner
    let segmenter: ArticleSegmenter

    public init(lexicon: LayoutLexicon) {
        let classifier = LineClassifier(lexicon: lexicon)
        joiner = LineJoiner(classifier: classifier)
        segmenter = ArticleSegmenter(classifier: classifier)
    }

    public func layout(_ document: Document) -> Page {
        // A record's own title, normalized as its text was, tells its headline line.
        let title = document.metadata["title"].map { TextNormalizer.normalize(Array($0.unicodeScalars)).0.scalars }
        let (repaired, map, infos, names) = joiner.repair(document.text.scalars, title: title)
        let offsets = map.composed(with: document.offsets)
        let (banner, articles) = segmenter.segment(repaired, infos, names)
        return Page(
            document: document.name, text: ScalarText(repaired), offsets: offsets, banner: banner,
            articles: articles, year: document.metadataYear)
    }
}
