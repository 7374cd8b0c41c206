#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2
import NewsGraphCore

/// A thin owner of a libxml2 `xmlTextWriter` on a file: every call is checked,
/// every string sanitized; `deinit` frees the writer and closes the file.
///
/// The file is opened here and handed to libxml2 as a descriptor
/// (`xmlOutputBufferCreateFd`), not by name: `xmlNewTextWriterFilename` treats
/// the name as a URI and percent-decodes it first, so `a%41.graphml` would be
/// written as `aA.graphml`.
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private var fd: Int32
    let path: String

    init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw NewsGraphError(file: path, message: "cannot create: \(String(cString: strerror(errno)))")
        }
        guard let out = xmlOutputBufferCreateFd(fd, nil), let w = xmlNewTextWriter(out) else {
            close(fd)
            throw NewsGraphError(file: path, message: "libxml2 cannot open a writer")
        }
        writer = w
        try check(xmlTextWriterSetIndent(w, 1))
        try check(xmlTextWriterSetIndentString(w, "  "))
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if fd >= 0 { close(fd) }
    }

    @inline(__always)
    private func check(_ rc: Int32, _ what: @autoclosure () -> String = "write") throws {
        if rc < 0 { throw NewsGraphError(file: path, message: "libxml2 \(what()) failed") }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
    }

    func start(_ element: String) throws {
        try check(xmlTextWriterStartElement(writer, element))
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer))
    }

    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLText.sanitized(value)))
    }

    /// Markup written as is (already escaped); libxml2 closes a pending start tag first.
    func raw(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer {
            try check(xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)))
        }
    }

    /// Ends the document, flushes, frees the writer and closes the file.
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end document")
        try check(xmlTextWriterFlush(writer), "flush")
        xmlFreeTextWriter(writer)
        writer = nil
        let rc = close(fd)
        fd = -1
        if rc != 0 { throw NewsGraphError(file: path, message: "close failed: \(String(cString: strerror(errno)))") }
    }
}
