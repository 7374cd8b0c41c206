import NewsGraphCore

/// What a worker made of one input item.
public struct DocumentOutcome: Sendable {
    public enum Result: Sendable {
        /// Extracted now: the document's graph (nil in fragment mode, where `fragment` holds it).
        case extracted(Graph?)
        /// Unchanged since an earlier run: its graph read back from `OUT/NAME.jsonld`.
        case skipped(Graph)
        case failed(NewsGraphError)
        /// Extracted, but its files could not be written (a full disk): the batch stops.
        case writeFailed(NewsGraphError)
    }

    public var seq: Int
    public var name: String
    public var result: Result
    /// The journal entry to record once the outcome is consumed (extracted or skipped documents).
    public var entry: RunJournal.Entry?
    /// One JSON line (fragment mode).
    public var fragment: [UInt8]?
    public var size: Int
    public var timings: StageTimings
}
