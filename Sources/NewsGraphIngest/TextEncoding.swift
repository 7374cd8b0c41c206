/// How an input's bytes are decoded: detected (`auto`) or forced (`--encoding`).
///
/// Detection, in order: a UTF-8 BOM → UTF-8; a UTF-16 BOM (LE or BE) → UTF-16;
/// valid UTF-8 → UTF-8; otherwise GB18030 (a superset of GBK and GB2312) when
/// the bytes are valid GB18030, else the UTF-8 error with its byte offset.
public enum TextEncoding: String, Sendable, CaseIterable, Hashable {
    case auto
    case utf8 = "utf-8"
    case gb18030
    case utf16 = "utf-16"

    /// Parses a command-line name: `utf-8`/`utf8`, `gb18030`/`gbk`/`gb2312`, `utf-16`/`utf16`, `auto`.
    public init?(name: String) {
        switch name.lowercased() {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312": self = .gb18030
        case "utf-16", "utf16": self = .utf16
        default: return nil
        }
    }
}
