import CLibXML2
import NewsGraphCore
import NewsGraphSerialization

/// A thin owner of a libxml2 `xmlTextWriter` whose output goes into a
/// `ByteSink` (through `xmlOutputBufferCreateIO`), like every other writer's:
/// every call is checked, every string sanitized; `deinit` frees the writer.
/// libxml2 does not indent: the caller writes line breaks and indents raw.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    let sink: ByteSink

    init(sink: ByteSink) throws {
        self.sink = sink
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let output = xmlOutputBufferCreateIO(
            { context, bytes, count in
                let sink = Unmanaged<ByteSink>.fromOpaque(context!).takeUnretainedValue()
                guard let bytes, count > 0 else { return 0 }
                let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: Int(count))
                do { try sink.write(bytes: buffer) } catch { return -1 }  // the sink keeps the error
                return count
            }, nil, context, nil)
        guard let output, let w = xmlNewTextWriter(output) else {
            throw NewsGraphError(file: sink.path, message: "libxml2 cannot open a writer")
        }
        writer = w
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    @inline(__always)
    private func check(_ rc: Int32, _ what: @autoclosure () -> String = "write") throws {
        if rc < 0 { throw sink.failure ?? NewsGraphError(file: sink.path, message: "libxml2 \(what()) failed") }
    }

    /// The XML declaration, as `xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)` writes it,
    /// but raw: naming the encoding there gives the output buffer libxml2's UTF-8 → UTF-8
    /// encoder, which copies every byte written into a second buffer (and the text is UTF-8
    /// already). `xmlTextWriterEndDocument` does not need the start.
    func startDocument() throws {
        try raw(XMLWriter.declaration)
    }
    static let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)

    /// Names are literals, handed to libxml2 as they are (no C string made from a String per element).
    func start(_ element: StaticString) throws {
        try check(xmlTextWriterStartElement(writer, element.utf8Start))
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer))
    }

    func attribute(_ name: StaticString, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name.utf8Start, XMLText.sanitized(value)))
    }

    /// An attribute whose value is a literal of the writer's own (no String, nothing to sanitize
    /// or escape): handed to libxml2 raw between its attribute start and end, as an id is.
    func attribute(_ name: StaticString, literal value: StaticString) throws {
        try check(xmlTextWriterStartAttribute(writer, name.utf8Start))
        try check(xmlTextWriterWriteRawLen(writer, value.utf8Start, Int32(value.utf8CodeUnitCount)))
        try check(xmlTextWriterEndAttribute(writer))
    }

    /// An attribute whose value is an `NMToken`-encoded id in `bytes`: ASCII letters and digits,
    /// `.-:_`, U+00B7, U+3007 and CJK, nothing an attribute escapes, so libxml2 is handed it
    /// raw between its attribute start and end (escaping it again was a third of the call).
    func attribute(_ name: StaticString, nmtoken bytes: ByteBuffer) throws {
        try check(xmlTextWriterStartAttribute(writer, name.utf8Start))
        try check(xmlTextWriterWriteRawLen(writer, bytes.bytes.baseAddress, Int32(bytes.count)))
        try check(xmlTextWriterEndAttribute(writer))
    }

    /// Markup written as is (already escaped); libxml2 closes a pending start tag first.
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try check(xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(bytes.count)))
    }

    func raw(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try raw($0) }
    }

    /// Ends the document and hands the rest of libxml2's buffer to the sink.
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end document")
        try check(xmlTextWriterFlush(writer), "flush")
        xmlFreeTextWriter(writer)
        writer = nil
    }
}
