import Foundation
import NewsGraphCore

/// One input to read: a file, or standard input.
public struct InputItem: Sendable, Hashable {
    /// The file's path, or `-` for standard input.
    public var path: String
    /// The document name the outputs are called by (`OUT/NAME.jsonld`).
    public var name: String

    public init(path: String, name: String) {
        self.path = path
        self.name = name
    }
}

/// Expands command-line inputs into files: directories recursively (sorted, hidden
/// entries and symlink loops skipped), `-` for stdin. Document names are file names
/// without extension, made unique in input order (`x`, `x-2`), never `graph`
/// (the merged output's name).
public enum InputCollector {
    /// File extensions read when walking a directory; named files are read whatever their extension.
    public static let textExtensions: Set<String> = ["txt", "text"]

    public static func collect(_ inputs: [String]) -> (items: [InputItem], errors: [NewsGraphError]) {
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
                walk(input, into: &paths, seen: &seen, errors: &errors)
            } else {
                paths.append(input)
            }
        }
        var used: [String: Int] = ["graph": 1]
        let items = paths.map { path -> InputItem in
            let base = path == "-" ? "stdin" : baseName(path)
            let n = (used[base] ?? 0) + 1
            used[base] = n
            return InputItem(path: path, name: n == 1 ? base : "\(base)-\(n)")
        }
        return (items, errors)
    }

    public static func baseName(_ path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        return stem.isEmpty ? file : stem
    }

    static func walk(_ dir: String, into paths: inout [String], seen: inout Set<String>, errors: inout [NewsGraphError]) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard seen.insert(real).inserted else { return }  // a symlink loop
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: dir) else {
            errors.append(NewsGraphError(file: dir, message: "cannot read directory"))
            return
        }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = (dir as NSString).appendingPathComponent(entry)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }  // a dangling link
            if isDir.boolValue {
                walk(path, into: &paths, seen: &seen, errors: &errors)
            } else if textExtensions.contains((entry as NSString).pathExtension.lowercased()) {
                paths.append(path)
            }
        }
    }
}
