import Foundation

/// The one list of output formats.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case jsonld
    case graphml
    case dot

    public var fileExtension: String { rawValue }

    public var mediaType: String {
        switch self {
        case .jsonld: "application/ld+json"
        case .graphml: "application/graphml+xml"
        case .dot: "text/vnd.graphviz"
        }
    }

    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// Parses a comma-separated list (`jsonld,dot`), keeping the canonical order.
    public static func parseList(_ text: String) throws(FormatListError) -> [OutputFormat] {
        var set: Set<OutputFormat> = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let f = OutputFormat(rawValue: name.lowercased()) else { throw FormatListError(name: String(name)) }
            set.insert(f)
        }
        guard !set.isEmpty else { throw FormatListError(name: text) }
        return allCases.filter(set.contains)
    }
}

public struct FormatListError: Error, CustomStringConvertible {
    public let name: String
    public var description: String {
        "unknown format '\(name)' (expected: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}
