import NewsGraphCore

/// Splits a byte stream into lines (LF; a CR before it is dropped), counting
/// them from 1, holding at most one chunk and one line at a time.
public final class LineReader {
    let source: any ByteSource
    var buffer: [UInt8] = []
    var position = 0
    var atEnd = false
    /// The number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    public init(_ source: any ByteSource) { self.source = source }

    public var bytesConsumed: Int { source.bytesConsumed }

    /// The next line without its line end, or nil at the end of the stream.
    public func next() throws(NewsGraphError) -> ArraySlice<UInt8>? {
        var line: [UInt8] = []
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let slice: ArraySlice<UInt8>
                if line.isEmpty {
                    slice = buffer[position..<nl]
                } else {
                    line.append(contentsOf: buffer[position..<nl])
                    slice = line[...]
                }
                position = nl + 1
                return slice.last == 0x0D ? slice.dropLast() : slice
            }
            line.append(contentsOf: buffer[position...])
            buffer = []
            position = 0
            if atEnd { break }
            buffer = try source.read()
            if buffer.isEmpty { atEnd = true }
        }
        guard !line.isEmpty else { return nil }
        lineNumber += 1
        return line.last == 0x0D ? line.dropLast() : line[...]
    }
}
