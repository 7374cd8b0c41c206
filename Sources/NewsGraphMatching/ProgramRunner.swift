/// Runs a `Program` from one offset, forward or backward, and reports the
/// offsets where it accepts.
///
/// A depth-first walk over (instruction, offset) states, each visited at most
/// once: linear in program size × window, never exponential (no backtracking
/// over the same state). Matches longer than `window` scalars are not found.
public struct ProgramRunner {
    public let window: Int
    private var stamp: [UInt32] = []
    private var generation: UInt32 = 0
    private var stack: [(Int32, Int32)] = []

    public init(window: Int = 64) { self.window = window }

    /// Whether the program accepts anywhere (for lookaround).
    public mutating func accepts(_ program: Program, on input: MatchInput, from start: Int, forward: Bool) -> Bool {
        !run(program, on: input, from: start, forward: forward, firstOnly: true).isEmpty
    }

    /// Every accepting offset, farthest first (largest forward, smallest backward).
    public mutating func run(_ program: Program, on input: MatchInput, from start: Int, forward: Bool) -> [Int] {
        run(program, on: input, from: start, forward: forward, firstOnly: false)
    }

    mutating func run(_ program: Program, on input: MatchInput, from start: Int, forward: Bool, firstOnly: Bool) -> [Int] {
        let insts = program.instructions
        let width = window + 1
        let need = insts.count * width
        if stamp.count < need { stamp = [UInt32](repeating: 0, count: need) }
        generation &+= 1
        if generation == 0 {
            for i in stamp.indices { stamp[i] = 0 }
            generation = 1
        }
        var accepted: [Int] = []
        stack.removeAll(keepingCapacity: true)
        stack.append((0, Int32(start)))
        let n = input.text.count
        while let (pc, pos) = stack.popLast() {
            let distance = forward ? Int(pos) - start : start - Int(pos)
            guard distance <= window else { continue }
            let slot = Int(pc) * width + distance
            if stamp[slot] == generation { continue }
            stamp[slot] = generation
            switch insts[Int(pc)] {
            case .match:
                accepted.append(Int(pos))
                if firstOnly { return accepted }
            case .jump(let t):
                stack.append((t, pos))
            case .split(let a, let b):
                stack.append((b, pos))
                stack.append((a, pos))
            case .char(let test):
                let i = forward ? Int(pos) : Int(pos) - 1
                if input.charMatches(test, at: i) { stack.append((pc + 1, forward ? pos + 1 : pos - 1)) }
            case .lexicon(let cls):
                for h in input.hits(cls, at: pos, forward: forward) where input.isFree(h.start, h.end) {
                    stack.append((pc + 1, forward ? h.end : h.start))
                }
            case .annotation(let kinds):
                for a in input.annotations(kinds, at: pos, forward: forward) {
                    stack.append((pc + 1, forward ? a.end : a.start))
                }
            case .lineStart:
                if pos == 0 || input.text[Int(pos) - 1] == "\n" { stack.append((pc + 1, pos)) }
            case .lineEnd:
                if Int(pos) == n || input.text[Int(pos)] == "\n" { stack.append((pc + 1, pos)) }
            }
        }
        return forward ? accepted.sorted(by: >) : accepted.sorted()
    }
}
