/// A pattern as written in a rule file, before name resolution.
public indirect enum Pattern: Sendable, Hashable {
    /// `@name`: one hit of a lexicon class.
    case lexicon(String, SourceLocation)
    /// `<Kind|Kind>`: one annotation made by an earlier phase.
    case annotation([String], SourceLocation)
    /// `name`: a character class or a named pattern (`define`).
    case reference(String, SourceLocation)
    /// `[name - @lexicon - "chars"]`: one character of a class, not inside a hit of the lexicons, not one of the chars.
    case restricted(String, excludedLexicons: [String], excludedChars: [Unicode.Scalar], SourceLocation)
    /// `"text"`: these scalars.
    case literal([Unicode.Scalar], SourceLocation)
    /// `^` and `$`: the start and end of a line (zero width).
    case lineStart, lineEnd
    case sequence([Pattern])
    case alternation([Pattern])
    case repetition(Pattern, min: Int, max: Int?)
}
