import NewsGraphCore

/// A set of names compared by their UTF-8 bytes: hashing a String of CJK text goes scalar by
/// scalar through normalization, hashing its bytes does not. The text is NFC (ingest makes
/// it so), so equal names are equal bytes.
struct NameSet {
    private var keys: Set<Key> = []

    private struct Key: Hashable {
        var name: String

        static func == (a: Key, b: Key) -> Bool { a.name.utf8.count == b.name.utf8.count && a.name.hasUTF8Prefix(b.name) }

        func hash(into hasher: inout Hasher) {
            var name = name
            name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init() {}

    init(_ names: some Sequence<String>) { keys = Set(names.lazy.map { Key(name: $0) }) }

    func contains(_ name: String) -> Bool { keys.contains(Key(name: name)) }

    mutating func insert(_ name: String) { keys.insert(Key(name: name)) }

    mutating func formUnion(_ names: some Sequence<String>) {
        for name in names { keys.insert(Key(name: name)) }
    }
}
