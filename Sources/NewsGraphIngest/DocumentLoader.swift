import Foundation
import NewsGraphCore

/// Reads an input item and turns it into a normalized `Document`.
public enum DocumentLoader {
    public static func load(_ item: InputItem) throws(NewsGraphError) -> Document {
        let bytes: [UInt8]
        if item.path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: item.path) else {
                throw NewsGraphError(file: item.path, message: "cannot read file")
            }
            bytes = Array(data)
        }
        return try load(bytes: bytes, name: item.name, origin: item.path)
    }

    public static func load(bytes: [UInt8], name: String, origin: String) throws(NewsGraphError) -> Document {
        let scalars = try TextDecoder.decode(bytes, file: origin)
        let (text, offsets) = TextNormalizer.normalize(scalars)
        return Document(name: name, origin: origin, text: text, offsets: offsets)
    }

    public static func load(string: String, name: String) -> Document {
        let (text, offsets) = TextNormalizer.normalize(Array(string.unicodeScalars))
        return Document(name: name, origin: name, text: text, offsets: offsets)
    }
}
