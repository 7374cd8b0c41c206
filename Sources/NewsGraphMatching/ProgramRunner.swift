/// Runs a `Program` from one offset, forward or backward, and reports the
/// offsets where it accepts.
///
/// A depth-first walk over (instruction, offset) states, each visited at most
/// once: linear in program size × window, never exponential (no backtracking
/// over the same state). Matches longer than `window` scalars are not found.
/// The runner keeps its buffers between runs: a run allocates nothing.
public struct ProgramRunner {
    public let window: Int
    private var stamp: [UInt32] = []
    private var generation: UInt32 = 0
    private var stack: [(Int32, Int32)] = []

    public init(window: Int = 64) { self.window = window }

    /// Whether the program accepts anywhere (for lookaround).
    public mutating func accepts(_ program: Program, on input: MatchInput, from start: Int, forward: Bool) -> Bool {
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
        _ = run(program, on: input, from: start, forward: forward, firstOnly: false, into: &out)
        if out.count > 1 {
            if forward { out.sort(by: >) } else { out.sort() }
            // Distinct offsets only.
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
        let width = window + 1
        let need = program.instructions.count * width
        if stamp.count < need { stamp = [UInt32](repeating: 0, count: need) }
        generation &+= 1
        if generation == 0 {
            for i in stamp.indices { stamp[i] = 0 }
            generation = 1
        }
        stack.removeAll(keepingCapacity: true)
        stack.append((0, Int32(start)))
        let n = input.text.count
        return program.instructions.withUnsafeBufferPointer { insts in
            while let (pc, pos) = stack.popLast() {
                let distance = forward ? Int(pos) - start : start - Int(pos)
                guard distance <= window else { continue }
                let slot = Int(pc) * width + distance
                if stamp[slot] == generation { continue }
                stamp[slot] = generation
                switch insts[Int(pc)] {
                case .match:
                    if firstOnly { return true }
                    out.append(Int(pos))
                case .jump(let t):
                    stack.append((t, pos))
                case .split(let a, let b):
                    stack.append((b, pos))
                    stack.append((a, pos))
                case .char(let test):
                    let i = forward ? Int(pos) : Int(pos) - 1
                    if input.charMatches(test, at: i) { stack.append((pc + 1, forward ? pos + 1 : pos - 1)) }
                case .lexicon(let cls):
                    guard Int(cls) < input.hits.count else { break }
                    let index = input.hits[Int(cls)]
                    let list = forward ? index.byStart : index.byEnd
                    for k in index.range(at: pos, forward: forward) {
                        let h = list[k]
                        if input.isFree(h.start, h.end) { stack.append((pc + 1, forward ? h.end : h.start)) }
                    }
                case .annotation(let kinds):
                    var bits = kinds
                    while bits != 0 {
                        let kind = bits.trailingZeroBitCount
                        bits &= bits - 1
                        guard kind < input.annotations.count else { break }
                        let index = input.annotations[kind]
                        let list = forward ? index.byStart : index.byEnd
                        for k in index.range(at: pos, forward: forward) {
                            stack.append((pc + 1, forward ? list[k].end : list[k].start))
                        }
                    }
                case .lineStart:
                    if pos == 0 || input.text[Int(pos) - 1] == "\n" { stack.append((pc + 1, pos)) }
                case .lineEnd:
                    if Int(pos) == n || input.text[Int(pos)] == "\n" { stack.append((pc + 1, pos)) }
                }
            }
            return !out.isEmpty
        }
    }
}
