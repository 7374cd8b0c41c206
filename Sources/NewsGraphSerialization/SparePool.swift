import Synchronization

/// Values kept between documents for the next one to take (a writer's scratch buffers, a libxml2
/// writer, a provenance rendering): making and freeing them for each small document cost as
/// much as using them. At most `capacity` are kept, a few per thread writing graphs; a value
/// given back is held by no one, and taken by one user at a time.
///
/// (Inlinable, so that each use is specialized: unspecialized, a pool of a tuple looked up the
/// tuple's type metadata at every call.)
public final class SparePool<Value>: Sendable {
    /// A value between users (none holds it, so handing it across threads is safe).
    @usableFromInline struct Spare: @unchecked Sendable {
        @usableFromInline let value: Value
        @inlinable init(value: Value) { self.value = value }
    }

    @usableFromInline let spares = Mutex<[Spare]>([])
    @usableFromInline let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// A value given back earlier, if one is kept.
    @inlinable
    public func take() -> Value? {
        spares.withLock { $0.popLast() }?.value
    }

    /// Keeps `value` for a later `take` unless the pool is full; whether it was kept (if not,
    /// the caller frees what needs freeing).
    @inlinable @discardableResult
    public func give(_ value: Value) -> Bool {
        let spare = Spare(value: value)
        return spares.withLock { spares in
            guard spares.count < capacity else { return false }
            spares.append(spare)
            return true
        }
    }
}
