import CLibXML2
import NewsGraphCore
import NewsGraphSerialization

/// A thin owner of a libxml2 `xmlTextWriter` whose output goes into a `ByteSink`, like
/// every other writer's: every call is checked, every string sanitized; `deinit` frees the
/// writer. libxml2 does not indent: the caller writes line breaks and indents raw.
///
/// The writer's output buffer has no output callback: what libxml2 writes stays in it until
/// `drain` hands it to the sink, after an element once it holds `drainSize` bytes, and at
/// the end. (With a callback, libxml2 measured its buffer after every write, a score of
/// them a node, to learn whether to call it.)
///
/// A libxml2 writer that ended its document cleanly is kept for the next one (`pool`):
/// making one and freeing it cost as much as writing a small document's nodes.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    /// The writer's output buffer (the writer owns and frees it).
    private let output: xmlOutputBufferPtr
    let sink: ByteSink
    /// How much libxml2 buffers before it is handed to the sink: what it would hand a callback
    /// at a time. (Let grow further, its buffer was reallocated and copied at each doubling.)
    static let drainSize = 4000

    init(sink: ByteSink) throws {
        self.sink = sink
        if let spare = XMLWriter.pool.take() {
            (writer, output) = spare
            return
        }
        guard let output = xmlAllocOutputBuffer(nil) else {
            throw NewsGraphError(file: sink.path, message: "libxml2 cannot open a writer")
        }
        guard let w = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw NewsGraphError(file: sink.path, message: "libxml2 cannot open a writer")
        }
        self.output = output
        writer = w
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// The libxml2 writers kept between documents (no element open, the output buffer empty);
    /// one per thread writing GraphML is enough, the rest are freed.
    private static let pool = SparePool<(writer: xmlTextWriterPtr, output: xmlOutputBufferPtr)>(capacity: 16)

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
        try drain()
    }

    /// Hands what libxml2 holds to the sink, once that is `drainSize` bytes or more (`all`: whatever it holds).
    private func drain(all: Bool = false) throws {
        let count = Int(xmlOutputBufferGetSize(output))
        guard count > 0, all || count >= XMLWriter.drainSize else { return }
        try sink.write(bytes: UnsafeBufferPointer(start: xmlOutputBufferGetContent(output), count: count))
        xmlBufShrink(output.pointee.buffer, count)
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
    /// More NMTOKEN attributes may follow the value in `bytes` (`ID" source="S" target="T`):
    /// they are written as they are, and libxml2 closes the last one's quote.
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

    /// Ends the document and hands the rest of libxml2's buffer to the sink; the libxml2
    /// writer is kept for another document (after an error it is freed with this object).
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end document")
        try check(xmlTextWriterFlush(writer), "flush")
        try drain(all: true)
        guard let w = writer else { return }
        writer = nil
        if !XMLWriter.pool.give((w, output)) { xmlFreeTextWriter(w) }
    }
}
