import Foundation
import NewsGraphCore
import NewsGraphSerialization

/// The command-line arguments of the last `extract` into a directory,
/// `OUT/.newsgraph/arguments.json`, so that `extract --resume --output OUT`
/// can finish an interrupted run without repeating them.
public struct RunArguments {
    public let path: String

    public init(directory: String) {
        path = ((directory as NSString).appendingPathComponent(".newsgraph") as NSString).appendingPathComponent("arguments.json")
    }

    public func save<S: Sequence>(_ arguments: S) throws where S.Element == String {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var out: [UInt8] = Array("[".utf8)
        for (i, a) in arguments.enumerated() {
            if i > 0 { out += Array(", ".utf8) }
            JSONText.appendQuoted(a, to: &out)
        }
        out += Array("]\n".utf8)
        try AtomicFile.write(to: path) { (sink: ByteSink) in try out.withUnsafeBufferPointer { try sink.write(bytes: $0) } }
    }

    public func load() -> [String]? {
        guard let data = FileManager.default.contents(atPath: path),
            case .array(let items)? = try? JSONParser.parse(Array(data), file: path)
        else { return nil }
        return items.compactMap(\.string)
    }
}
