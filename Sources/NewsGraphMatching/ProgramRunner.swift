import Foundation

/// Runs a `Program` from one offset, forward or backward, and reports the
/// offsets where it accepts.
///
/// A depth-first walk over (instruction, offset) states, each visited at most
/// once: linear in program size × window, never exponential (no backtracking
/// over the same state). Matches longer than `window` scalars are not found.
/// The runner keeps its buffers between runs (raw memory, no copy-on-write
/// checks on the hot path): a run allocates nothing.
public struct ProgramRunner {
    public let window: Int
    private let scratch: Scratch

    /// A runner with its own buffers.
    public init(window: Int = 64) {
        self.window = window
        scratch = Scratch()
    }

    /// A runner reusing the calling thread's buffers: documents processed one
    /// after another on a thread pay for allocating them once.
    public static func forCurrentThread(window: Int = 64) -> ProgramRunner {
        if let raw = pthread_getspecific(scratchKey) {
            return ProgramRunner(window: window, scratch: Unmanaged<Scratch>.fromOpaque(raw).takeUnretainedValue())
        }
        let s = Scratch()
        pthread_setspecific(scratchKey, Unmanaged.passRetained(s).toOpaque())
        return ProgramRunner(window: window, scratch: s)
    }

    /// The thread-local slot of a thread's buffers (released when the thread ends): a lookup in
    /// `Thread.current.threadDictionary` by a string key cost 8,000 instructions a document.
    private static let scratchKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in if let raw { Unmanaged<Scratch>.fromOpaque(raw).release() } }
        return key
    }()

    init(window: Int, scratch: Scratch) {
        self.window = window
        self.scratch = scratch
    }

    /// Visited marks and the work stack, reused by every run.
    final class Scratch {
        var stamp: UnsafeMutablePointer<UInt16> = .allocate(capacity: 1)
        var stampCapacity = 0
        var generation: UInt16 = 0
        var stack: UnsafeMutablePointer<UInt64> = .allocate(capacity: 256)
        var stackCapacity = 256

        func reserveStamps(_ n: Int) {
            guard n > stampCapacity else { return }
            stamp.deallocate()
            stamp = .allocate(capacity: n)
            stamp.initialize(repeating: 0, count: n)
            stampCapacity = n
            generation = 0
        }

        func growStack() {
            let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: stackCapacity * 2)
            bigger.moveInitialize(from: stack, count: stackCapacity)
            stack.deallocate()
            stack = bigger
            stackCapacity *= 2
        }

        deinit {
            stamp.deallocate()
            stack.deallocate()
        }
    }

    /// Whether the program accepts anywhere (for lookaround).
    public mutating func accepts(_ program: Program, on input: MatchInput, from start: Int, forward: Bool) -> Bool {
        if let steps = program.oneStep {
            // (Past the window, as a run would not accept there.)
            return steps.contains { step in
                input.forEachStep(step, at: Int32(start), forward: forward) { abs(Int($0) - start) <= window }
            }
        }
        // A context fails at its first step at most places (`before: <Title> @padding+` at a surname
        // with no space before it): tested before the run's bookkeeping. (Not for patterns, whose
        // first step mostly holds at their anchor: there the test cost more than it saved.)
        guard program.firstSteps.contains(where: { input.forEachStep($0, at: Int32(start), forward: forward) { _ in true } }) else {
            return false
        }
        var none: [Int] = []
        return run(program, on: input, from: start, forward: forward, firstOnly: true, into: &none)
    }

    /// Every accepting offset, farthest first (largest forward, smallest backward).
    public mutating func run(_ program: Program, on input: MatchInput, from start: Int, forward: Bool) -> [Int] {
        var out: [Int] = []
        run(program, on: input, from: start, forward: forward, into: &out)
        return out
    }

    /// Every accepting offset into `out` (cleared first), farthest first.
    public mutating func run(_ program: Program, on input: MatchInput, from start: Int, forward: Bool, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        if let steps = program.oneStep {
            // Where each first step leads is where the program accepts (`pattern: @country`):
            // no states to mark.
            for step in steps {
                input.forEachStep(step, at: Int32(start), forward: forward) { next in
                    if abs(Int(next) - start) <= window { out.append(Int(next)) }
                    return false
                }
            }
        } else {
            _ = run(program, on: input, from: start, forward: forward, firstOnly: false, into: &out)
        }
        if out.count > 1 {
            if forward { out.sort(by: >) } else { out.sort() }
            var w = 1
            for r in 1..<out.count where out[r] != out[w - 1] {
                out[w] = out[r]
                w += 1
            }
            out.removeLast(out.count - w)
        }
    }

    @discardableResult
    mutating func run(_ program: Program, on input: MatchInput, from start: Int, forward: Bool, firstOnly: Bool, into out: inout [Int]) -> Bool {
        // States by distance, then instruction: the ε-closure pushed at one offset is a few
        // neighbouring stamps, not one cache line per instruction.
        let width = program.instructions.count
        let s = scratch
        s.reserveStamps(width * (window + 1))
        s.generation &+= 1
        if s.generation == 0 {
            s.stamp.update(repeating: 0, count: s.stampCapacity)
            s.generation = 1
        }
        let generation = s.generation
        let stamp = s.stamp
        var top = 0
        // The stack's buffer in locals, read again only after it grows (not through the class at each push).
        var stack = s.stack, capacity = s.stackCapacity
        // Read unchecked: every pc comes from the program, every k from its closure table.
        return program.closureStart.withUnsafeBufferPointer { closureStart in
        program.closureTargets.withUnsafeBufferPointer { closureTargets in
        program.instructions.withUnsafeBufferPointer { insts in
            /// Every state reached from `pc` at `pos` through ε-moves.
            @inline(__always) func push(_ pc: Int32, _ pos: Int32) {
                for k in Int(closureStart[Int(pc)])..<Int(closureStart[Int(pc) + 1]) {
                    if top == capacity {
                        s.growStack()
                        stack = s.stack
                        capacity = s.stackCapacity
                    }
                    stack[top] = UInt64(UInt32(bitPattern: closureTargets[k])) << 32 | UInt64(UInt32(bitPattern: pos))
                    top &+= 1
                }
            }
            push(0, Int32(start))
            while top > 0 {
                top &-= 1
                let packed = stack[top]
                let pc = Int32(bitPattern: UInt32(packed >> 32))
                let pos = Int32(bitPattern: UInt32(truncatingIfNeeded: packed))
                // (Wrapping arithmetic: offsets and program sizes are far from overflowing.)
                let distance = forward ? Int(pos) &- start : start &- Int(pos)
                guard distance <= window else { continue }
                let slot = distance &* width &+ Int(pc)
                if stamp[slot] == generation { continue }
                stamp[slot] = generation
                switch insts[Int(pc)] {
                case .match:
                    if firstOnly { return true }
                    out.append(Int(pos))
                case .jump, .split:
                    break  // never pushed: `push` follows ε-moves
                case .char, .lexicon, .annotation, .lineStart, .lineEnd:
                    input.forEachStep(insts[Int(pc)], at: pos, forward: forward) { next in
                        push(pc + 1, next)
                        return false
                    }
                }
            }
            return !out.isEmpty
        }
        }
        }
    }
}
