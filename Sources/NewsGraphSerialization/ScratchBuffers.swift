/// The small buffers a writer works in while it writes one graph (escaped ids, a node's
/// markup), lent from a shared pool and given back, emptied, when the writer is done with
/// them, that is when this object goes: making and freeing them for each small document
/// cost as much as a dozen of its nodes.
public final class ScratchBuffers {
    /// Four buffers, empty: a writer uses up to four.
    public let buffers: (ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer)

    public init() {
        buffers = ScratchBuffers.pool.take()
            ?? (ByteBuffer(capacity: 256), ByteBuffer(capacity: 256), ByteBuffer(capacity: 256), ByteBuffer(capacity: 256))
    }

    deinit {
        buffers.0.removeAll()
        buffers.1.removeAll()
        buffers.2.removeAll()
        buffers.3.removeAll()
        ScratchBuffers.pool.give(buffers)
    }

    /// The sets kept between writers.
    private static let pool = SparePool<(ByteBuffer, ByteBuffer, ByteBuffer, ByteBuffer)>(capacity: 32)
}
