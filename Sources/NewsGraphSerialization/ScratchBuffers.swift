import Synchronization

/// The small buffers a writer works in while it writes one graph (escaped ids, a node's
/// markup), lent from a shared pool and given back, emptied, when the writer is done with
/// them, that is when this object goes: making and freeing them for each small document
/// cost as much as a dozen of its nodes.
public final class ScratchBuffers {
    /// Four buffers, empty: a writer uses up to four.
    public let buffers: (ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer)

    public init() {
        if let spare = ScratchBuffers.spares.withLock({ $0.popLast() }) {
            buffers = spare.buffers
        } else {
            buffers = (ByteBuffer(capacity: 256), ByteBuffer(capacity: 256), ByteBuffer(capacity: 256), ByteBuffer(capacity: 256))
        }
    }

    deinit {
        let spare = Spare(buffers: buffers)
        buffers.0.removeAll()
        buffers.1.removeAll()
        buffers.2.removeAll()
        buffers.3.removeAll()
        ScratchBuffers.spares.withLock { spares in
            if spares.count < ScratchBuffers.maxSpares { spares.append(spare) }
        }
    }

    /// Buffers between writers: no writer holds them.
    private struct Spare: @unchecked Sendable {  // lent to one writer at a time
        let buffers: (ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer)
    }

    /// The sets kept; a few per thread writing graphs is enough, the rest are freed.
    private static let spares = Mutex<[Spare]>([])
    private static let maxSpares = 32
}
