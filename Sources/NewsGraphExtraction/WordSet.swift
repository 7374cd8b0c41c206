import NewsGraphCore

/// A set of words or names compared by their UTF-8 bytes: hashing a String of CJK text goes
/// scalar by scalar through normalization, hashing its bytes does not. The text is NFC (ingest
/// makes it so), and so are the word lists, so equal words are equal bytes.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<Key> = []

    private struct Key: Hashable, Sendable {
        var word: String

        static func == (a: Key, b: Key) -> Bool { a.word.utf8.count == b.word.utf8.count && a.word.hasUTF8Prefix(b.word) }

        func hash(into hasher: inout Hasher) {
            var word = word
            word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init() {}

    init(_ words: some Sequence<String>) { keys = Set(words.lazy.map { Key(word: $0) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { keys.contains(Key(word: word)) }

    mutating func insert(_ word: String) { keys.insert(Key(word: word)) }

    mutating func formUnion(_ words: some Sequence<String>) {
        for word in words { keys.insert(Key(word: word)) }
    }
}
