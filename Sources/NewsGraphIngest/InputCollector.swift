import Foundation
import NewsGraphCore

/// Expands command-line inputs into files: directories recursively (sorted, hidden
/// entries and symlink loops skipped), `-` for stdin. Document names are file names
/// without extension, made unique in input order (`x`, `x-2`), never `graph`
/// (the merged output's name).
///
/// In a directory, the files read are those `--include` globs match (by default:
/// text, HTML and JSONL files, gzipped or not) and no `--exclude` glob matches;
/// files named on the command line are read whatever their name.
public enum InputCollector {
    /// File extensions read when walking a directory with no `--include`.
    public static let textExtensions: Set<String> = ["txt", "text"]
    public static let defaultIncludes = ["*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.ndjson"]
        .flatMap { [$0, $0 + ".gz"] }.map(GlobPattern.init)

    public struct Filter: Sendable {
        public var include: [GlobPattern]
        public var exclude: [GlobPattern]

        public init(include: [String] = [], exclude: [String] = []) {
            self.include = include.isEmpty ? InputCollector.defaultIncludes : include.map(GlobPattern.init)
            self.exclude = exclude.map(GlobPattern.init)
        }

        public func accepts(relativePath: String) -> Bool {
            include.contains { $0.matches(relativePath: relativePath) }
                && !exclude.contains { $0.matches(relativePath: relativePath) }
        }
    }

    public static func collect(_ inputs: [String], filter: Filter = Filter(), stdinKind: InputKind = .text)
        -> (items: [InputItem], errors: [NewsGraphError])
    {
        var paths: [String] = []
        var errors: [NewsGraphError] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" {
                paths.append("-")
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                errors.append(NewsGraphError(file: input, message: "no such file or directory"))
                continue
            }
            if isDir.boolValue {
                var seen: Set<String> = []
                walk(input, relative: "", filter: filter, into: &paths, seen: &seen, errors: &errors)
            } else {
                paths.append(input)
            }
        }
        var names = UniqueNames()
        let items = paths.map { path -> InputItem in
            if path == "-" { return InputItem(path: path, name: names.claim("stdin"), kind: stdinKind) }
            return InputItem(path: path, name: names.claim(baseName(path)))
        }
        return (items, errors)
    }

    public static func baseName(_ path: String) -> String {
        InputKind.stem(of: URL(fileURLWithPath: path).lastPathComponent)
    }

    static func walk(
        _ dir: String, relative: String, filter: Filter, into paths: inout [String], seen: inout Set<String>,
        errors: inout [NewsGraphError]
    ) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard seen.insert(real).inserted else { return }  // a symlink loop
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: dir) else {
            errors.append(NewsGraphError(file: dir, message: "cannot read directory"))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = (dir as NSString).appendingPathComponent(entry)
            let rel = relative.isEmpty ? entry : relative + "/" + entry
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }  // a dangling link
            if isDir.boolValue {
                walk(path, relative: rel, filter: filter, into: &paths, seen: &seen, errors: &errors)
            } else if filter.accepts(relativePath: rel) {
                paths.append(path)
            }
        }
    }
}
