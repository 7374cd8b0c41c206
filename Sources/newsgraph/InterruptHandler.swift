#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraph

/// Turns SIGINT and SIGTERM into a `StopRequest`: the batch finishes the
/// documents in flight, journals them and stops, leaving only whole files, so
/// that `--resume` goes on from there. A second signal exits at once (the
/// temporary files it leaves are removed by the next run).
enum InterruptHandler {
    static let stop = StopRequest()

    /// Installs the handlers; returns the request they set.
    static func install() -> StopRequest {
        let request = stop  // initialized here, never first in the handler
        // A parent may start us with these signals blocked (test harnesses do): unblock them
        // here, before the batch's threads start and inherit this thread's mask.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { n in
                if InterruptHandler.stop.reason != nil { _exit(128 + n) }
                InterruptHandler.stop.request(.signal(n))
            }
        }
        return request
    }
}
