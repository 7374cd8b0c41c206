import Foundation
import NewsGraphCore

/// Groups of names for one body (`全总`, `全国总工会`, `中华全国总工会`), read from
/// `Rules/lexicons/name-groups.txt`: one group a line, tab-separated, `#` comments.
public struct NameGroups: Sendable {
    /// Each name → all the names of its group.
    var groupOf: [String: [String]] = [:]
    /// The names by their first character, for `prefixed` (asked of every organization a page names).
    var namesByFirst: [Character: [String]] = [:]

    public init(groups: [[String]] = []) {
        for g in groups where g.count > 1 {
            for name in g {
                groupOf[name] = g
                if let c = name.first { namesByFirst[c, default: []].append(name) }
            }
        }
    }

    public static func load(path: String) throws(NewsGraphError) -> NameGroups {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw NewsGraphError(file: path, message: "cannot read name groups")
        }
        let groups = text.split(separator: "\n").filter { !$0.hasUTF8Prefix("#") }.map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return NameGroups(groups: groups)
    }

    /// The names of `name`'s group, or just `[name]`.
    public func group(of name: String) -> [String] { groupOf[name] ?? [name] }

    /// Each group name that `name` starts with and goes on after, with the group's other names.
    func prefixed(_ name: String) -> [(String, [String])] {
        guard let c = name.first, let candidates = namesByFirst[c] else { return [] }
        var out: [(String, [String])] = []
        for prefix in candidates where name.count > prefix.count && name.hasUTF8Prefix(prefix) {
            out.append((prefix, groupOf[prefix]!.filter { $0 != prefix }))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
