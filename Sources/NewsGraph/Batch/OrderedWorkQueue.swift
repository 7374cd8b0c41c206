import Foundation

/// Maps a stream through `transform` on `workers` threads and hands the results
/// to `consume` in input order, on the calling thread.
///
/// At most `window` items are in flight (read but not yet consumed), so memory
/// stays bounded however long the stream; the calling thread reads the next
/// input whenever the window has room and otherwise waits for the oldest
/// result. The order of results never depends on the number of workers.
public final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    let workers: Int
    let window: Int
    let transform: @Sendable (Input) -> Output
    let condition = NSCondition()
    var pending: [(Int, Input)] = []
    var pendingHead = 0
    var results: [Int: Output] = [:]
    var closed = false
    var running = 0

    public init(workers: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * 4)
        self.transform = transform
    }

    public func run(produce: () -> Input?, consume: (Output) -> Void) {
        closed = false
        running = workers
        for _ in 0..<workers {
            let thread = Thread { [self] in work() }
            thread.stackSize = 16 << 20  // the rule engine recurses on long texts
            thread.start()
        }
        var produced = 0, consumed = 0, exhausted = false
        while true {
            while !exhausted && produced - consumed < window {
                guard let input = produce() else {
                    exhausted = true
                    break
                }
                condition.lock()
                pending.append((produced, input))
                condition.broadcast()
                condition.unlock()
                produced += 1
            }
            if consumed == produced { break }
            condition.lock()
            while results[consumed] == nil { condition.wait() }
            let output = results.removeValue(forKey: consumed)!
            condition.unlock()
            consume(output)
            consumed += 1
        }
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    func work() {
        while true {
            condition.lock()
            while pendingHead == pending.count && !closed { condition.wait() }
            if pendingHead == pending.count {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let (index, input) = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 1024 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let output = transform(input)
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
