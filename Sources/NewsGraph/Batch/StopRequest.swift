import Foundation
import Synchronization

/// Why a batch stopped before its inputs ran out.
public enum StopReason: Sendable, Equatable, CustomStringConvertible {
    /// A signal asked it to (SIGINT, SIGTERM): the number of the signal.
    case signal(Int32)
    /// An output could not be written (a full disk, say): going on would only fail again.
    case outputFailed

    public var description: String {
        switch self {
        case .signal(SIGINT): "SIGINT"
        case .signal(SIGTERM): "SIGTERM"
        case .signal(let n): "signal \(n)"
        case .outputFailed: "output failed"
        }
    }
}

/// Asks a running batch to stop taking new documents. Set from a signal handler
/// or by the batch itself when its output fails. The documents in flight still
/// finish and are journaled, so that `--resume` goes on from where it stopped.
/// Lock-free, so that a signal handler may call `request`.
public final class StopRequest: Sendable {
    /// 0: go on; -1: an output failed; n > 0: signal n.
    private let state = Atomic<Int32>(0)

    public init() {}

    /// Records the first reason; later ones do not replace it.
    public func request(_ reason: StopReason) {
        let code: Int32
        switch reason {
        case .signal(let n): code = n
        case .outputFailed: code = -1
        }
        _ = state.compareExchange(expected: 0, desired: code, ordering: .relaxed)
    }

    public var reason: StopReason? {
        switch state.load(ordering: .relaxed) {
        case 0: nil
        case -1: .outputFailed
        case let n: .signal(n)
        }
    }
}
