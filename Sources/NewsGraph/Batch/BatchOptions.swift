import Foundation
import NewsGraphGraphML
import NewsGraphIngest

/// How a batch reads its inputs and runs: the options of `newsgraph extract`
/// beyond the output directory and formats.
public struct BatchOptions: Sendable {
    /// Globs selecting files in directories (default: text, HTML, JSONL, gzipped or not).
    public var include: [String] = []
    /// Globs dropping files in directories.
    public var exclude: [String] = []
    /// Worker threads; the outputs do not depend on it.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// What `-` holds: text (one document), JSONL, or HTML.
    public var stdinKind: InputKind = .text
    /// The JSONL field holding a document's text.
    public var textField = "text"
    public var encoding: TextEncoding = .auto
    /// Fragment mode (`--format jsonl`): one JSON line per document to this file, or `-` for stdout,
    /// instead of per-document files, a merged graph and a run report.
    public var fragments: String?
    /// Skip documents the run journal says are unchanged (off: `--force`).
    public var skipUnchanged = true
    /// Draw a progress bar on stderr.
    public var progress = false
    /// The rules' version (`RulesFingerprint`): part of what makes a document unchanged.
    public var rulesVersion = ""

    /// GraphML for importers (`plain`) or with yFiles labels for yEd.
    public var graphMLFlavor: GraphMLFlavor = .plain
    /// Checked before each new document: once requested, the batch finishes what is in flight and stops.
    public var stop = StopRequest()

    public init() {}
}
