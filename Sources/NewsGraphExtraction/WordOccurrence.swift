import NewsGraphCore

/// Where one of a few words (a document's names) occurs in a text (`WordSearch.occurrences`).
struct WordOccurrence {
    /// The word's index in the list searched for.
    var word: Int
    var start: Int
    var end: Int

    var span: TextSpan { TextSpan(start, end) }
}
