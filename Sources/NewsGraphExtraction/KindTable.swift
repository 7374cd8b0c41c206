/// A few annotation kinds with a value each, looked up by the kind's length and then compared:
/// kinds are short ASCII names, and one or two comparisons cost less than hashing the kind of
/// every annotation of a page.
struct KindTable<Value: Sendable>: Sendable {
    /// The kinds of each UTF-8 length, with their values.
    private let byLength: [[(kind: String, value: Value)]]

    init(_ entries: [String: Value]) {
        var byLength = [[(kind: String, value: Value)]](repeating: [], count: (entries.keys.map(\.utf8.count).max() ?? 0) + 1)
        for (kind, value) in entries.sorted(by: { $0.key < $1.key }) { byLength[kind.utf8.count].append((kind, value)) }
        self.byLength = byLength
    }

    subscript(kind: String) -> Value? {
        let length = kind.utf8.count
        guard length < byLength.count else { return nil }
        for entry in byLength[length] where entry.kind == kind { return entry.value }
        return nil
    }

    func contains(_ kind: String) -> Bool { self[kind] != nil }
}
