/// A compiled pattern: a Thompson NFA as a list of instructions.
///
/// Atoms consume input (one scalar, one lexicon hit, one annotation);
/// `split` and `jump` are the ε-moves; `match` accepts. A program runs forward
/// (from a start offset) or, compiled from the reversed pattern, backward.
public struct Program: Sendable, Hashable {
    public enum Instruction: Sendable, Hashable {
        /// One scalar accepted by `charTests[index]`, not covered by an earlier annotation.
        case char(Int32)
        /// One hit of lexicon class `id` whose scalars are all free.
        case lexicon(Int32)
        /// One annotation of one of the kinds in this bit set (bit k: kind id k).
        case annotation(UInt64)
        /// Zero width: at the start (forward) or end (backward) of a line.
        case lineStart
        case lineEnd
        case split(Int32, Int32)
        case jump(Int32)
        case match
    }

    public let instructions: [Instruction]
    /// The ε-closure of each instruction, as the runner follows it: the instructions other
    /// than `split` and `jump` reachable through ε-moves alone, in
    /// `closureTargets[closureStart[pc]..<closureStart[pc + 1]]`. Runs then step only on
    /// atoms, assertions and `match`.
    let closureStart: [Int32]
    let closureTargets: [Int32]
    /// When every path takes one atom or assertion, or none, and accepts (`before: punct | ^ |
    /// <Organization>`, most contexts): those first steps, which decide a run without the
    /// runner's bookkeeping.
    let oneStep: [Instruction]?
    /// The atoms, assertions or `match` a run takes first: where none can be taken, the program
    /// accepts nowhere.
    let firstSteps: [Instruction]

    public init(instructions: [Instruction]) {
        self.instructions = instructions
        var start: [Int32] = [0]
        var targets: [Int32] = []
        var seen = [Int](repeating: -1, count: instructions.count + 1)
        var work: [Int32] = []
        for pc in 0...instructions.count {
            work.append(Int32(pc))
            while let p = work.popLast() {
                guard Int(p) < instructions.count, seen[Int(p)] != pc else { continue }
                seen[Int(p)] = pc
                switch instructions[Int(p)] {
                case .jump(let t): work.append(t)
                case .split(let a, let b): work += [b, a]
                default: targets.append(p)
                }
            }
            start.append(Int32(targets.count))
        }
        closureStart = start
        closureTargets = targets
        func closure(_ pc: Int) -> ArraySlice<Int32> { targets[Int(start[pc])..<Int(start[pc + 1])] }
        let firsts = closure(0).map { instructions[Int($0)] }
        let decided = closure(0).allSatisfy { pc in
            if case .match = instructions[Int(pc)] { return true }
            let next = closure(Int(pc) + 1)
            return !next.isEmpty && next.allSatisfy { instructions[Int($0)] == .match }
        }
        oneStep = decided ? firsts : nil
        firstSteps = firsts
    }

    /// Kind ids fit a 64-bit set: the compiler rejects rule sets with more kinds.
    public static let maxKinds = 64
}

/// A character test: scalar ranges, minus some scalars, minus positions inside
/// hits of some lexicon classes (by exclusion slot). `CharTestTable` answers it
/// for every scalar at once.
public struct CharTest: Sendable, Hashable {
    public var ranges: [ClosedRange<UInt32>]
    public let excludedScalars: Set<UInt32>
    /// `excludedScalars` sorted, for a binary search (a `Set` hashes every scalar it is asked about).
    let excludedSorted: [UInt32]
    /// Exclusion slots (indexes into `MatchInput`'s exclusion classes), at most `maxExclusionSlots`.
    public let excludedSlots: [Int32]
    /// `excludedSlots` as a bit set, tested against a position's coverage in one step.
    let excludedMask: UInt64

    public static let maxExclusionSlots = 64

    public init(ranges: [ClosedRange<UInt32>], excludedScalars: Set<UInt32>, excludedSlots: [Int32]) {
        precondition(excludedSlots.allSatisfy { $0 >= 0 && Int($0) < Self.maxExclusionSlots }, "exclusion slot out of range")
        self.ranges = ranges
        self.excludedScalars = excludedScalars
        excludedSorted = excludedScalars.sorted()
        self.excludedSlots = excludedSlots
        excludedMask = excludedSlots.reduce(0) { $0 | 1 << UInt64($1) }
    }

    /// Whether the scalar value `v` is in the ranges and not excluded (exclusion slots aside).
    func accepts(value v: UInt32) -> Bool {
        guard ranges.contains(where: { $0.contains(v) }) else { return false }
        var lo = 0, hi = excludedSorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if excludedSorted[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo == excludedSorted.count || excludedSorted[lo] != v
    }
}

extension Program {
    /// What every accepting run consumes: the lexicon classes and the annotation-kind sets
    /// (one annotation of one of the kinds) on every path from the start to `match`. A text
    /// with no hit of such a class, or no annotation of such a set, cannot be accepted.
    public struct Requirements: Sendable, Hashable {
        public var lexicons: Set<Int32> = []
        public var annotationSets: Set<UInt64> = []

        public init() {}

        public mutating func formUnion(_ other: Requirements) {
            lexicons.formUnion(other.lexicons)
            annotationSets.formUnion(other.annotationSets)
        }

        /// The requirements as bit masks (`MatchInput.meets`): tested once per rule and text,
        /// where iterating the sets cost more than most rules' runs on a short text.
        public struct Mask: Sendable {
            /// Per 64-bit word of class ids, the classes required in it.
            let classWords: [(Int, UInt64)]
            let kindSets: [UInt64]
        }

        public var mask: Mask {
            var words: [Int: UInt64] = [:]
            for c in lexicons { words[Int(c) >> 6, default: 0] |= 1 << UInt64(c & 63) }
            return Mask(classWords: words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, kindSets: annotationSets.sorted())
        }
    }

    /// A must-analysis over the instructions, iterated to its fixpoint (loops included):
    /// an atom's successor requires what it requires plus the atom, a split what both branches
    /// require. `nil` stands for "everything" (no accepting path yet known).
    public func requirements() -> Requirements {
        let n = instructions.count
        var must = [Requirements?](repeating: nil, count: n)
        func at(_ pc: Int) -> Requirements? { pc < n ? must[pc] : nil }
        func meet(_ a: Requirements?, _ b: Requirements?) -> Requirements? {
            guard let a else { return b }
            guard let b else { return a }
            var r = Requirements()
            r.lexicons = a.lexicons.intersection(b.lexicons)
            r.annotationSets = a.annotationSets.intersection(b.annotationSets)
            return r
        }
        var changed = true
        while changed {
            changed = false
            for pc in stride(from: n - 1, through: 0, by: -1) {
                let next: Requirements?
                switch instructions[pc] {
                case .match: next = Requirements()
                case .char, .lineStart, .lineEnd: next = at(pc + 1)
                case .lexicon(let c): next = at(pc + 1).map { var r = $0; r.lexicons.insert(c); return r }
                case .annotation(let kinds): next = at(pc + 1).map { var r = $0; r.annotationSets.insert(kinds); return r }
                case .split(let a, let b): next = meet(at(Int(a)), at(Int(b)))
                case .jump(let t): next = at(Int(t))
                }
                if next != must[pc] {
                    must[pc] = next
                    changed = true
                }
            }
        }
        return must.first.flatMap { $0 } ?? Requirements()
    }
}
