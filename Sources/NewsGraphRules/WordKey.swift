import NewsGraphCore

/// A lexicon word as a `WordTable` key, by its UTF-8 bytes: up to 16 bytes (five CJK
/// characters, nearly every entry) held in two integers. Hashing a `String` goes through an
/// NFC check, and an array of scalars as the key costs a heap allocation; with 60,000 entries
/// looked up in every compile, each cost a tenth of it. Lexicon text is NFC, so bytes decide
/// as `String` equality would.
struct WordKey: Equatable {
    let head: UInt64
    let tail: UInt64
    let count: Int
    /// The word itself when it is longer than 16 bytes (head and tail are then its first and
    /// last eight).
    let long: String?

    init(_ word: String) {
        var head: UInt64 = 0, tail: UInt64 = 0
        let count = word.withUTF8Bytes { bytes in
            let n = bytes.count
            for i in 0..<min(n, 8) { head |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            let tailStart = n <= 16 ? 8 : n - 8
            if n > tailStart { for i in tailStart..<n { tail |= UInt64(bytes[i]) << (8 * UInt64(i - tailStart)) } }
            return n
        }
        self.head = head
        self.tail = tail
        self.count = count
        long = count > 16 ? word : nil
    }
}
